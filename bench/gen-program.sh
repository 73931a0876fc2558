#!/usr/bin/env bash
# Writes a C program shaped like firmware into DIR: N translation units
# u0.c .. u<N-1>.c and main.c calling them all.  Each unit has code, a const
# dispatch table (RO->RO), a RW table of handlers and strings (RW->RO), RW
# pointers to RW state (RW->RW) and SB-relative globals: 13 absolute
# relocations per unit.  Used by scripts/bench.sh.
#
#   bench/gen-program.sh N DIR
set -euo pipefail
n=$1 dir=$2
mkdir -p "$dir"
cd "$dir"
for ((i = 0; i < n; ++i)); do
  cat > u$i.c <<C
static int st$i[8];
int g$i = $i;
static int f${i}a(int x) { return x + $i + st$i[x & 7]; }
static int f${i}b(int x) { return x * $i - g$i; }
static int f${i}c(int x) { st$i[x & 7] = x; return x ^ $i; }
int (*const ro_tab$i[])(int) = {f${i}a, f${i}b, f${i}c, f${i}a};
int (*rw_tab$i[])(int) = {f${i}c, f${i}b, f${i}a};
const char *names$i[] = {"alpha$i", "beta$i", "gamma$i"};
int *ptrs$i[] = {&st$i[0], &st$i[7], &g$i};
int unit$i(int x) { return ro_tab$i[x & 3](x) + rw_tab$i[x % 3](x) + names$i[x % 3][0] + *ptrs$i[x % 3]; }
C
done
{
  for ((i = 0; i < n; ++i)); do echo "int unit$i(int);"; done
  echo "int main(void) { int s = 0;"
  for ((i = 0; i < n; ++i)); do echo "  s += unit$i(s);"; done
  echo "  return s; }"
} > main.c
