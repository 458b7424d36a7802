/*
 * numfmt.h -- the one place numbers become text (core: every stage may use
 * it). Flag messages (stats/) and reports (reports/) print the same digits
 * for the same value because both call these functions.
 *
 * Each function writes a NUL-terminated string into the caller's buffer
 * and returns a pointer to it (never NULL), so that several numbers can be
 * formatted into one printf:
 *
 *     cc_numbuf a, b;
 *     printf("%s%% of %s", cc_fmt_pct(&a, 0.502), cc_fmt_n(&b, 1068));
 *     // "50% of 1,068"
 *
 * Rounding, everywhere a number is cut to d decimals: half away from zero
 * on the decimal value the figure stands for, not on its binary double.
 * 0.0305 is stored as 0.03049999..., and 0.0305 * 100 as 3.04999...; a
 * plain printf("%.1f") rounds that down to "3.0", although the article
 * said 3.05 and an editor rounds it to 3.1. So the value is nudged away
 * from zero by a tiny epsilon (1e-9 in the printed units, more for numbers
 * so large that 1e-9 is below their precision) before printf rounds it:
 * every binary error of a decimal figure is far smaller than that, and no
 * figure an article prints is within 1e-9 of a half without meaning it.
 * (Before this module the flag messages rounded so and the reports did
 * not: a margin of 0.0305 was "3.1" in a flag and "3.0" in a report.)
 *
 * Non-finite values print as "n/a" (NaN, and any non-finite share:
 * percentages and points) and "infinity" / "-infinity"; "-0" never
 * appears (a negative value that rounds to zero prints "0").
 * Must not: decide what is printed (callers choose the form), allocate, or
 * round a value for any use but display.
 */
#ifndef CC_CORE_NUMFMT_H
#define CC_CORE_NUMFMT_H

#include <stddef.h>

#define CC_NUMBUF 64

/* A caller-owned buffer for one formatted number (any value fits). */
typedef struct cc_numbuf {
	char s[CC_NUMBUF];
} cc_numbuf;

/* A whole number with thousands separators.
 * 1068 -> "1,068"; 999.5 -> "1,000"; -1234567 -> "-1,234,567"; 0 -> "0";
 * NaN -> "n/a"; |v| >= 1e18 -> plain form ("1e+18"). */
const char *cc_fmt_n(cc_numbuf *b, double v);

/* A count with thousands separators and up to two decimals (zeros cut).
 * 1024 -> "1,024"; 1234.5 -> "1,234.5"; 2.005 -> "2.01"; 7 -> "7". */
const char *cc_fmt_count(cc_numbuf *b, double v);

/* A fraction as a whole percentage, no sign: 0.502 -> "50"; 0.665 -> "67";
 * 0.004 -> "0"; -0.125 -> "-13". */
const char *cc_fmt_pct(cc_numbuf *b, double frac);

/* A fraction as a percentage with d decimals kept (d clamped to 0..6):
 * (0.0305, 1) -> "3.1"; (0.5, 2) -> "50.00"; (0.125, 0) -> "13". */
const char *cc_fmt_pctd(cc_numbuf *b, double frac, int d);

/* A fraction as percentage points, one decimal kept: 0.0305 -> "3.1";
 * 0.03 -> "3.0"; 0.092 -> "9.2"; -0.0305 -> "-3.1". */
const char *cc_fmt_pts(cc_numbuf *b, double frac);

/* A plain number with at most d decimals, trailing zeros cut (d clamped
 * to 0..9): (95.0, 1) -> "95"; (3.05, 1) -> "3.1"; (1.2345, 3) -> "1.235";
 * (-0.04, 1) -> "0"; (1234.5, 0) -> "1235" (no separators). */
const char *cc_fmt_num(cc_numbuf *b, double v, int d);

/* A p-value in APA style (no leading zero, three decimals):
 * 0.24 -> ".240"; 0.0362 -> ".036"; 0.0005 -> "< .001"; 1 -> "1.000";
 * NaN -> "?". */
const char *cc_fmt_p(cc_numbuf *b, double p);

/* A confidence level as a percentage, no sign: 0.95 -> "95";
 * 0.995 -> "99.5"; 0.9 -> "90". */
const char *cc_fmt_level(cc_numbuf *b, double level);

/* A fraction as a percentage with its sign, for reports: decimals < 0
 * gives one decimal, dropped when it is 0: (0.6667, -1) -> "66.7%",
 * (0.5, -1) -> "50%", (0.57, 1) -> "57.0%"; NaN -> "n/a". */
const char *cc_fmt_percent(cc_numbuf *b, double frac, int decimals);

/* A number with up to 4 significant digits, as reports show statistics:
 * 2.2 -> "2.2"; 0.0362 -> "0.0362"; 1.95996 -> "1.96"; 12345 ->
 * "12,345" (from 1e4 on: cc_fmt_count); 0.00002 -> "2e-05". */
const char *cc_fmt_plain(cc_numbuf *b, double v);

/* Money with its currency sign and a scale word from a million on:
 * (4e10, "GBP") -> "£40 billion"; (1500, "USD") -> "$1,500";
 * (12, "CHF") -> "12 CHF"; (12, NULL) -> "12". */
const char *cc_fmt_money(cc_numbuf *b, double v, const char *unit);

/* A number in JSON: cc_json_number() (include/claimcheck.h), the one JSON
 * number writer: shortest round-trip form, NaN and infinities as null. */
const char *cc_fmt_json(cc_numbuf *b, double v);

/* cc_json_number without its fast path, for the tests that hold the two
 * to the same answers. */
const char *cc_json_number_general(char *buf, size_t cap, double v);

#endif
