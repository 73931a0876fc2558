/* From: @(#)k_sin.c 1.3 95/01/18 */
/*
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Copyright (c) 2008 Steven G. Kargl, David Schultz, Bruce D. Evans.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */

/*
 * ld128 version of k_sin.c.  See ../src/k_sin.c for most comments.
 */

static const double      half = 0.5;

/*
 * Domain [-0.7854, 0.7854], range ~[-1.53e-37, 1.659e-37]
 * |sin(x)/x - s(x)| < 2**-122.1
 *
 * See ../ld80/k_cosl.c for more details about the polynomial.
 */
static const long double S1 = -0.16666666666666666666666666666666666606732416116558L,
                         S2 = 0.0083333333333333333333333333333331135404851288270047L,
                         S3 = -0.00019841269841269841269841269839935785325638310428717L,
                         S4 = 0.27557319223985890652557316053039946268333231205686e-5L,
                         S5 = -0.25052108385441718775048214826384312253862930064745e-7L,
                         S6 = 0.16059043836821614596571832194524392581082444805729e-9L,
                         S7 = -0.76471637318198151807063387954939213287488216303768e-12L,
                         S8 = 0.28114572543451292625024967174638477283187397621303e-14L;

static const double S9 = -0.82206352458348947812512122163446202498005154296863e-17,
                    S10 = 0.19572940011906109418080609928334380560135358385256e-19,
                    S11 = -0.38680813379701966970673724299207480965452616911420e-22,
                    S12 = 0.64038150078671872796678569586315881020659912139412e-25;

long double
__kernel_sinl(long double x, long double y, int iy)
{
    long double z, r, v;

    z = x * x;
    v = z * x;
    r = S2
        + z
            * (S3
               + z
                   * (S4
                      + z
                          * (S5
                             + z
                                 * (S6
                                    + z
                                        * (S7
                                           + z
                                               * (S8
                                                  + z
                                                      * ((long double)S9
                                                         + z
                                                             * ((long double)S10
                                                                + z
                                                                    * ((long double)S11
                                                                       + z
                                                                           * (long double)
                                                                               S12)))))))));
    if (iy == 0)
        return x + v * (S1 + z * r);
    else
        return x - ((z * ((long double)half * y - v * r) - y) - v * S1);
}
