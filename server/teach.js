/*
 * teach.js -- the teaching page of `claimcheck serve` (issue 10).
 * Reads the controls, asks the server for the numbers (POST /api/ci) and
 * redraws the interval chart, the margin of error, the sample size and the
 * explanation. It computes no statistics itself: every number shown comes
 * from the server's JSON. Builds the DOM with textContent/createElementNS
 * only (no innerHTML), and loads nothing from elsewhere.
 */
(function () {
	'use strict';
	var SVG = 'http://www.w3.org/2000/svg';
	var $ = function (id) { return document.getElementById(id); };
	var seq = 0, timer = null, draws = 0, moves = null;
	/* controls a ?move= link may set after the first drawing */
	var MOVABLE = ['p-range', 'n-range', 'moe-range', 'p', 'n', 'moe', 'level', 'method'];

	function pct(v, d) {
		if (typeof v !== 'number' || !isFinite(v)) return '\u2013';
		return (100 * v).toFixed(d === undefined ? 1 : d) + '%';
	}
	function count(v) {
		if (typeof v !== 'number' || !isFinite(v)) return '\u2013';
		return Math.round(v).toLocaleString('en');
	}

	/* range <-> number pairs; n's slider is log10(n) */
	function link(rangeId, numId, toNum, toRange) {
		var r = $(rangeId), n = $(numId);
		r.addEventListener('input', function () { n.value = toNum(r.value); schedule(); });
		n.addEventListener('input', function () { var v = toRange(n.value); if (v !== null) r.value = v; schedule(); });
	}

	function num(id) { return $(id).value.trim(); }

	function params() {
		var moe = parseFloat(num('moe'));
		var body = { p: num('p'), n: num('n'), level: $('level').value, method: $('method').value };
		if (isFinite(moe) && moe > 0 && moe < 100) body.moe = String(moe / 100);
		return body;
	}

	function schedule() {
		if (timer) clearTimeout(timer);
		timer = setTimeout(update, 60);
	}

	function update() {
		var my = ++seq;
		fetch('/api/ci', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(params())
		}).then(function (r) {
			return r.json().then(function (j) { return { ok: r.ok, j: j }; });
		}).then(function (res) {
			if (my !== seq) return; /* a newer request is on its way */
			if (!res.ok) return showError(res.j && res.j.error ? res.j.error : 'the server refused these numbers');
			draw(res.j);
		}).catch(function () {
			if (my === seq) showError('cannot reach the claimcheck server');
		});
	}

	function showError(msg) {
		var r = $('result');
		r.textContent = 'Cannot compute: ' + msg + '.';
		r.className = 'result error';
	}

	function el(name, attrs, text) {
		var e = document.createElementNS(SVG, name);
		Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
		if (text !== undefined) e.textContent = text;
		return e;
	}

	function draw(j) {
		var svg = $('chart'), L = 40, W = 560, y = 70;
		var X = function (v) { return (L + W * Math.min(1, Math.max(0, v))).toFixed(2); };
		var i;

		while (svg.lastChild && svg.lastChild.nodeName !== 'title') svg.removeChild(svg.lastChild);
		svg.setAttribute('data-low', String(j.low));
		svg.setAttribute('data-high', String(j.high));
		svg.setAttribute('data-p', String(j.p));
		svg.setAttribute('data-moe', String(j.moe));
		svg.setAttribute('data-n', String(j.n));
		svg.setAttribute('data-level', String(j.level));
		svg.setAttribute('data-method', j.method);
		svg.setAttribute('data-draws', String(++draws));
		svg.appendChild(el('line', { x1: L, y1: 110, x2: L + W, y2: 110, stroke: '#5f6368' }));
		for (i = 0; i <= 10; i++) {
			svg.appendChild(el('line', { x1: X(i / 10), y1: 110, x2: X(i / 10), y2: 116, stroke: '#5f6368' }));
			svg.appendChild(el('text', { x: X(i / 10), y: 132, 'text-anchor': 'middle', 'font-size': 12, fill: '#5f6368' }, (10 * i) + '%'));
		}
		svg.appendChild(el('rect', { id: 'ci-band', x: X(j.low), y: y - 14, width: Math.max(1, X(j.high) - X(j.low)).toFixed(2),
			height: 28, rx: 4, fill: '#e3effc', stroke: '#0d47a1' }));
		svg.appendChild(el('circle', { id: 'ci-point', cx: X(j.p), cy: y, r: 6, fill: '#0d47a1' }));
		svg.appendChild(el('text', { id: 'ci-low-label', x: X(j.low), y: y - 22, 'text-anchor': 'end', 'font-size': 13 }, pct(j.low)));
		svg.appendChild(el('text', { id: 'ci-high-label', x: X(j.high), y: y - 22, 'text-anchor': 'start', 'font-size': 13 }, pct(j.high)));

		var lvl = pct(j.level, 0).replace('.0%', '%');
		$('low').textContent = pct(j.low);
		$('high').textContent = pct(j.high);
		$('moe-out').textContent = '\u00b1' + (100 * j.moe).toFixed(1) + ' points';
		$('n-target').textContent = j.n_for_target !== undefined
			? count(j.n_for_target) + ' people for \u00b1' + (100 * j.moe_target).toFixed(1) + ' points'
			: '\u2013';
		var r = $('result');
		r.className = 'result';
		r.textContent = '';
		r.appendChild(document.createTextNode(pct(j.p) + ' of ' + count(j.n) + ' people: the ' + lvl + ' interval runs from '));
		var b1 = document.createElement('b'); b1.textContent = pct(j.low); r.appendChild(b1);
		r.appendChild(document.createTextNode(' to '));
		var b2 = document.createElement('b'); b2.textContent = pct(j.high); r.appendChild(b2);
		r.appendChild(document.createTextNode('.'));

		var ex = $('explain');
		while (ex.firstChild) ex.removeChild(ex.firstChild);
		var lines = [
			'The survey found ' + pct(j.p) + ' among ' + count(j.n) + ' people. Had it asked everyone, the share could plausibly be anywhere from ' +
				pct(j.low) + ' to ' + pct(j.high) + ' (' + lvl + ' confidence, ' + j.method + ' method).',
			'The margin of error is about \u00b1' + (100 * j.moe).toFixed(1) + ' points. It shrinks with the square root of the sample: ' +
				'four times as many people halve it.',
			'A claim that the true share is above or below a figure inside this range is not supported by this survey alone.',
			'To be sure to within \u00b13 points you would need about ' + count(j.n_for_3) + ' people, and \u00b15 points needs about ' +
				count(j.n_for_5) + ' (at the worst case of a 50% share).'
		];
		if (j.n < 100) lines.push('With fewer than 100 people, intervals are wide and the Wald formula can mislead; Wilson stays sensible.');
		lines.forEach(function (t) { var p = document.createElement('p'); p.textContent = t; ex.appendChild(p); });
		if (moves) applyMoves();
	}

	/*
	 * ?move=n-range:2.5,p-range:0.4 -- after the first drawing, move these
	 * controls as a user would (same input/change events, same handlers):
	 * a "before and after" link for a lesson, and what the browser test
	 * (tests/serve/browser.sh) uses to move the sliders.
	 */
	function applyMoves() {
		var list = moves;
		moves = null;
		list.split(',').forEach(function (pair) {
			var i = pair.indexOf(':'), id = pair.slice(0, i), v = pair.slice(i + 1), e;
			if (i < 0 || MOVABLE.indexOf(id) < 0 || !(e = $(id))) return;
			e.value = v;
			e.dispatchEvent(new Event(e.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
		});
	}

	function init() {
		var q = new URLSearchParams(window.location.search);
		moves = q.get('move');
		['p', 'n', 'moe'].forEach(function (k) { if (q.has(k)) $(k).value = q.get(k); });
		['level', 'method'].forEach(function (k) {
			if (!q.has(k)) return;
			var s = $(k), v = q.get(k), i, found = false;
			for (i = 0; i < s.options.length; i++) if (s.options[i].value === v) found = true;
			if (!found) { var o = document.createElement('option'); o.value = v; o.textContent = v; s.appendChild(o); }
			s.value = v;
		});
		$('p-range').value = $('p').value;
		var n = parseFloat($('n').value);
		if (n > 0) $('n-range').value = Math.log10(n);
		$('moe-range').value = $('moe').value;
		link('p-range', 'p', function (v) { return v; }, function (v) { return isFinite(parseFloat(v)) ? v : null; });
		link('n-range', 'n', function (v) { return String(Math.round(Math.pow(10, parseFloat(v)))); },
			function (v) { var x = parseFloat(v); return x > 0 ? String(Math.log10(x)) : null; });
		link('moe-range', 'moe', function (v) { return v; }, function (v) { return isFinite(parseFloat(v)) ? v : null; });
		$('level').addEventListener('change', schedule);
		$('method').addEventListener('change', schedule);
		$('controls').addEventListener('submit', function (e) { e.preventDefault(); update(); });
		update();
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
	else init();
})();
