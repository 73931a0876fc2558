/*
Copyright (c) 1991, 1993
The Regents of the University of California.  All rights reserved.
All or some portions of this file are derived from material licensed
to the University of California by American Telephone and Telegraph
Co. or Unix System Laboratories, Inc. and are reproduced herein with
the permission of UNIX System Laboratories, Inc.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions
are met:
1. Redistributions of source code must retain the above copyright
notice, this list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright
notice, this list of conditions and the following disclaimer in the
documentation and/or other materials provided with the distribution.
3. Neither the name of the University nor the names of its contributors
may be used to endorse or promote products derived from this software
without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS ``AS IS'' AND
ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS
OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF
SUCH DAMAGE.
 */
#ifndef _IEEEFP_H_
#define _IEEEFP_H_

#include <sys/cdefs.h>
#include <machine/ieeefp.h>
#include <sys/features.h>

_BEGIN_STD_C

#if __BSD_VISIBLE

/* FLOATING ROUNDING */

typedef int fp_rnd;
#define FP_RN 0 /* Round to nearest 		*/
#define FP_RM 1 /* Round down 			*/
#define FP_RP 2 /* Round up 			*/
#define FP_RZ 3 /* Round to zero (trunate) 	*/

fp_rnd      fpgetround(void);
fp_rnd      fpsetround(fp_rnd);

/* EXCEPTIONS */

typedef int fp_except;
#define FP_X_INV 0x10 /* Invalid operation 		*/
#define FP_X_DX  0x80 /* Divide by zero		*/
#define FP_X_OFL 0x04 /* Overflow exception		*/
#define FP_X_UFL 0x02 /* Underflow exception		*/
#define FP_X_IMP 0x01 /* imprecise exception		*/

fp_except   fpgetmask(void);
fp_except   fpsetmask(fp_except);
fp_except   fpgetsticky(void);
fp_except   fpsetsticky(fp_except);

/* INTEGER ROUNDING */

typedef int fp_rdi;
#define FP_RDI_TOZ 0 /* Round to Zero 		*/
#define FP_RDI_RD  1 /* Follow float mode		*/

fp_rdi fpgetroundtoi(void);
fp_rdi fpsetroundtoi(fp_rdi);

#endif /* __BSD_VISIBLE */

_END_STD_C

#endif /* _IEEEFP_H_ */
