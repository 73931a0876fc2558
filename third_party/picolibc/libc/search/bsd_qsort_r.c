/* Copyright (c) 2014 Yaakov Selkowitz <yselkowi@redhat.com> */
#define I_AM_QSORT_R
#include "qsort.c"
