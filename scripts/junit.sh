# JUnit XML for scripts/rrld-run and scripts/tock-run (sourced by both;
# installed as PREFIX/share/rrld/junit.sh).  One suite per run, one test
# case per app; the callers write each case's <system-out> themselves.

# xml: stdin as XML character data or attribute text (invalid UTF-8 and
# control characters dropped, markup characters escaped).
xml() {
  iconv -f UTF-8 -t UTF-8 -c | tr -d '\000-\010\013\014\016-\037' |
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'
}

# junit_props NAME=VALUE...: a <properties> element.
junit_props() {
  local p
  printf '<properties>'
  for p; do
    printf '<property name="%s" value="%s"/>' "${p%%=*}" "$(printf '%s' "${p#*=}" | xml)"
  done
  printf '</properties>\n'
}

# junit_open SUITE TESTS FAILURES MILLISECONDS NAME=VALUE...: the document's
# start and the suite's, with its properties.
junit_open() {
  local suite=$1 tests=$2 failures=$3 ms=$4
  shift 4
  printf '<?xml version="1.0" encoding="UTF-8"?>\n'
  printf '<testsuites>\n<testsuite name="%s" tests="%d" failures="%d" time="%d.%03d">\n' \
    "$(printf '%s' "$suite" | xml)" "$tests" "$failures" $((ms / 1000)) $((ms % 1000))
  junit_props "$@"
}

# junit_case CLASS NAME FAILURE NAME=VALUE...: a test case's start, its
# properties and, unless FAILURE is empty, its failure with that message.
# The caller writes <system-out> and then junit_case_end.
junit_case() {
  local class=$1 name=$2 failure=$3
  shift 3
  printf '<testcase classname="%s" name="%s">\n' "$(printf '%s' "$class" | xml)" "$(printf '%s' "$name" | xml)"
  junit_props "$@"
  [[ -z $failure ]] || printf '<failure message="%s"/>\n' "$(printf '%s' "$failure" | xml)"
}
junit_case_end() { printf '</testcase>\n'; }
junit_close() { printf '</testsuite>\n</testsuites>\n'; }
