/*
 * assets.c -- the files `claimcheck serve` embeds (issue 10): the check
 * page, the teaching page, its script and style sheet, and the example
 * article, compiled in from $(BUILD)/server/assets.inc (made by od + awk in
 * server/module.mk). The server reads no file at run time but the
 * reference database.
 */
#include "serve.h"

#include <string.h>

#include "assets.inc"

static const srv_asset assets[] = {
	{ "/", "text/html; charset=utf-8", asset_page_html, asset_page_html_len },
	{ "/teach", "text/html; charset=utf-8", asset_teach_html, asset_teach_html_len },
	{ "/static/teach.js", "text/javascript; charset=utf-8", asset_teach_js, asset_teach_js_len },
	{ "/static/style.css", "text/css; charset=utf-8", asset_style_css, asset_style_css_len },
};

const srv_asset *srv_asset_find(const char *path)
{
	size_t i;

	for (i = 0; i < sizeof assets / sizeof assets[0]; i++)
		if (!strcmp(assets[i].path, path))
			return &assets[i];
	return NULL;
}

const unsigned char *srv_example(size_t *len_out)
{
	*len_out = asset_outsourcing_survey_txt_len;
	return asset_outsourcing_survey_txt;
}
