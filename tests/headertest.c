/*
 * headertest.c -- include/claimcheck.h compiles alone as C99 -pedantic and
 * as C++ (the Makefile compiles this file both ways).
 */
#include "claimcheck.h"

int cc_headertest_dummy(void);
int cc_headertest_dummy(void)
{
	cc_options o = CC_OPTIONS_INIT;
	cc_render_options r = CC_RENDER_OPTIONS_INIT;

	return o.version + r.version;
}
