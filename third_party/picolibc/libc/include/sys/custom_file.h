/* Copyright (c) 2007 Jeff Johnston  <jjohnstn@redhat.com> */
#error System-specific custom_file.h is missing.
