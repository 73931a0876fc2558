# JUnit XML for scripts/rrld-run and scripts/tock-run (sourced by both;
# installed as PREFIX/share/rrld/junit.sh).  One suite per run, one test
# case per app; the callers write each case's <system-out> themselves.

# xml: stdin as XML character data or attribute text (invalid UTF-8 and
# control characters dropped, markup characters escaped).
xml() {
  iconv -f UTF-8 -t UTF-8 -c | tr -d '\000-\010\013\014\016-\037' |
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'
}
# xml_val TEXT: XML = what `$(printf %s TEXT | xml)` gives, and xml_put
# TEXT prints what `printf %s TEXT | xml` prints.  Printable ASCII with
# tabs and line ends (names, addresses, verdicts, most output) is escaped
# in bash: a process or three per attribute were most of a run's JUnit time.
xml_ascii() { # TEXT: XML = TEXT escaped, when it is such ASCII
  local LC_ALL=C amp='&amp;' lt='&lt;' gt='&gt;' quot='&quot;'
  [[ $1 != *[!$'\t\n\r'\ -~]* ]] || return 1
  # (Quoted: bash 5.2 replaces an unquoted & with the match.)
  XML=${1//&/"$amp"} XML=${XML//</"$lt"} XML=${XML//>/"$gt"} XML=${XML//\"/"$quot"}
}
xml_val() {
  if xml_ascii "$1"; then
    while [[ $XML == *$'\n' ]]; do XML=${XML%$'\n'}; done
  else
    XML=$(printf '%s' "$1" | xml)
  fi
}
xml_put() {
  if xml_ascii "$1"; then printf '%s' "$XML"; else printf '%s' "$1" | xml; fi
}

# junit_props NAME=VALUE...: a <properties> element.
junit_props() {
  local p
  printf '<properties>'
  for p; do
    xml_val "${p#*=}"
    printf '<property name="%s" value="%s"/>' "${p%%=*}" "$XML"
  done
  printf '</properties>\n'
}

# junit_open SUITE TESTS FAILURES MILLISECONDS NAME=VALUE...: the document's
# start and the suite's, with its properties.
junit_open() {
  local suite=$1 tests=$2 failures=$3 ms=$4
  shift 4
  printf '<?xml version="1.0" encoding="UTF-8"?>\n'
  xml_val "$suite"
  printf '<testsuites>\n<testsuite name="%s" tests="%d" failures="%d" time="%d.%03d">\n' \
    "$XML" "$tests" "$failures" $((ms / 1000)) $((ms % 1000))
  junit_props "$@"
}

# junit_case CLASS NAME FAILURE NAME=VALUE...: a test case's start, its
# properties and, unless FAILURE is empty, its failure with that message.
# The caller writes <system-out> and then junit_case_end.
junit_case() {
  local class=$1 name=$2 failure=$3
  shift 3
  local c
  xml_val "$class"; c=$XML
  xml_val "$name"
  printf '<testcase classname="%s" name="%s">\n' "$c" "$XML"
  junit_props "$@"
  [[ -z $failure ]] || { xml_val "$failure"; printf '<failure message="%s"/>\n' "$XML"; }
}
junit_case_end() { printf '</testcase>\n'; }
junit_close() { printf '</testsuite>\n</testsuites>\n'; }
