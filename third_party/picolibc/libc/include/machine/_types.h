/*
 *  Copyright (c) 2005 Ralf Corsepious  <ralf.corsepius@rtems.org>
 */

#ifndef _MACHINE__TYPES_H
#define _MACHINE__TYPES_H
#include <machine/_default_types.h>
#endif
