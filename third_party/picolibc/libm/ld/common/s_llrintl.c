
#define dtype     long long
#define DTYPE_MIN LLONG_MIN
#define DTYPE_MAX LLONG_MAX
#define fn        llrintl

#include "s_lrintl.c"
