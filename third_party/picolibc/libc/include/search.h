/*
Copyright (c) 1990, 1993
The Regents of the University of California.  All rights reserved.

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
/*	$NetBSD: search.h,v 1.12 1999/02/22 10:34:28 christos Exp $	*/
/* $FreeBSD: src/include/search.h,v 1.4 2002/03/23 17:24:53 imp Exp $ */

/*
 * Written by J.T. Conklin <jtc@netbsd.org>
 * Public domain.
 */

#ifndef _SEARCH_H_
#define _SEARCH_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>
#include <sys/types.h>

typedef struct entry {
    char *key;
    void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;

typedef enum { preorder, postorder, endorder, leaf } VISIT;

#ifdef _SEARCH_PRIVATE
typedef struct node {
    char        *key;
    struct node *llink, *rlink;
} node_t;
#endif

struct hsearch_data {
    struct internal_head *htable;
    size_t                htablesize;
};

#ifndef __compar_fn_t_defined
#define __compar_fn_t_defined
typedef int (*__compar_fn_t)(const void *, const void *);
#endif

_BEGIN_STD_C
int    hcreate(size_t) __picolibc_export;
void   hdestroy(void) __picolibc_export;
ENTRY *hsearch(ENTRY, ACTION) __picolibc_export;
int    hcreate_r(size_t, struct hsearch_data *) __picolibc_export;
void   hdestroy_r(struct hsearch_data *) __picolibc_export;
int    hsearch_r(ENTRY, ACTION, ENTRY **, struct hsearch_data *) __picolibc_export;
void  *tdelete(const void  *__restrict, void  **__restrict, __compar_fn_t) __picolibc_export;
void   tdestroy(void *, void (*)(void *)) __picolibc_export;
void  *tfind(const void *, void **, __compar_fn_t) __picolibc_export;
void  *tsearch(const void *, void **, __compar_fn_t) __picolibc_export;
void   twalk(const void *, void (*)(const void *, VISIT, int)) __picolibc_export;
_END_STD_C

#endif /* !_SEARCH_H_ */
