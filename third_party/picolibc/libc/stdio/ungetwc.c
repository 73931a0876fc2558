/* Copyright (c) 2002, Joerg Wunsch
   All rights reserved.

   Redistribution and use in source and binary forms, with or without
   modification, are permitted provided that the following conditions are met:

   * Redistributions of source code must retain the above copyright
     notice, this list of conditions and the following disclaimer.
   * Redistributions in binary form must reproduce the above copyright
     notice, this list of conditions and the following disclaimer in
     the documentation and/or other materials provided with the
     distribution.
   * Neither the name of the copyright holders nor the names of
     contributors may be used to endorse or promote products derived
     from this software without specific prior written permission.

  THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
  AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
  IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
  ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE
  LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
  CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
  SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
  INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
  CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
  ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
  POSSIBILITY OF SUCH DAMAGE.
*/

#include "local-stdio.h"

#undef ungetwc
#undef ungetwc_unlocked

wint_t
__STDIO_UNLOCKED(ungetwc)(wint_t c, FILE *stream)
{
    /*
     * Streams that are not readable, or streams that already had
     * had an ungetc() before will cause an error.
     *
     * ungetwc(WEOF, ...) causes an error per definition.
     */
    if ((stream->flags & __SRD) == 0 || c == WEOF)
        return WEOF;

    if (!__atomic_compare_exchange_ungetc(&stream->unget, 0, (__ungetc_t)c + 1))
        return WEOF;

    stream->flags &= ~__SEOF;

    return c;
}

#ifdef __STDIO_LOCKING
wint_t
ungetwc(wint_t c, FILE *stream)
{
    int ret;
    __flockfile(stream);
    ret = ungetwc_unlocked(c, stream);
    __funlockfile(stream);
    return ret;
}
#else
#ifdef __strong_reference
__strong_reference(ungetwc, ungetwc_unlocked);
#else
wint_t
ungetwc_unlocked(wint_t c, FILE *stream)
{
    return ungetwc(c, stream);
}
#endif
#endif
