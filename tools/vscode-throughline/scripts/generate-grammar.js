// Writes syntaxes/plan.tmLanguage.json from the plan grammar, Plan.xtext: its keywords, the keywords that declare a
// name, and the terminals for text, numbers, money and dates. Run at every build, so the colouring an editor shows
// before the language server answers cannot drift from the language. Fails when the grammar lacks a terminal the
// colouring relies on.
'use strict';
const fs = require('fs');
const path = require('path');

const grammarFile = process.argv[2]
	|| path.join(__dirname, '..', '..', '..', 'bundles', 'org.throughline.dsl', 'src', 'org', 'throughline', 'dsl', 'Plan.xtext');
const output = process.argv[3] || path.join(__dirname, '..', 'syntaxes', 'plan.tmLanguage.json');

const grammar = fs.readFileSync(grammarFile, 'utf8');

// Terminal rules spell out characters ('a'..'z', 'k', 'bn'): they are not keywords.
const rules = grammar
	.replace(/\/\*[\s\S]*?\*\//g, '')
	.replace(/\/\/[^\n]*/g, '')
	.replace(/^terminal\b[\s\S]*?;[ \t]*$/gm, '');
for (const terminal of ['ISO_DATE', 'FINANCIAL_YEAR', 'POUNDS', 'PERCENT', 'DECIMAL', 'INT', 'ID', 'STRING', 'ML_COMMENT', 'SL_COMMENT']) {
	if (!new RegExp('^terminal\\s+' + terminal + '\\b', 'm').test(grammar)) {
		throw new Error(grammarFile + ' has no terminal ' + terminal + ': update scripts/generate-grammar.js');
	}
}

const keywords = new Set();
const declaring = new Set();
for (const match of rules.matchAll(/'([A-Za-z][A-Za-z0-9_-]*)'/g)) {
	keywords.add(match[1]);
}
// 'commitment' name=ID, 'unit' name=ID ...: the word before a name being defined
for (const match of rules.matchAll(/'([A-Za-z][A-Za-z0-9_-]*)'\s+name\s*=/g)) {
	declaring.add(match[1]);
}
if (keywords.size < 20 || declaring.size < 5) {
	throw new Error('only ' + keywords.size + ' keywords and ' + declaring.size + ' declaring keywords found in ' + grammarFile);
}

const escape = (word) => word.replace(/[-]/g, '\\-');
// longest first, so that 'at-least' wins over 'at'
const alternatives = (words) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
const name = '\\^?[A-Za-z_][A-Za-z0-9_]*';

const tmLanguage = {
	$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
	name: 'Throughline plan',
	scopeName: 'source.plan',
	fileTypes: ['plan'],
	comment: 'Generated from Plan.xtext by scripts/generate-grammar.js; do not edit.',
	patterns: [
		{ include: '#comments' },
		{ include: '#strings' },
		{ include: '#values' },
		{ include: '#declarations' },
		{ include: '#keywords' },
		{ include: '#names' },
	],
	repository: {
		comments: {
			patterns: [
				{ name: 'comment.line.double-slash.plan', match: '//.*$' },
				{ name: 'comment.block.plan', begin: '/\\*', end: '\\*/' },
			],
		},
		strings: {
			patterns: [
				{
					name: 'string.quoted.double.plan', begin: '"', end: '"',
					patterns: [{ name: 'constant.character.escape.plan', match: '\\\\.' }],
				},
				{
					name: 'string.quoted.single.plan', begin: "'", end: "'",
					patterns: [{ name: 'constant.character.escape.plan', match: '\\\\.' }],
				},
			],
		},
		values: {
			patterns: [
				{ name: 'constant.numeric.money.plan', match: '£[0-9]+(?:\\.[0-9]+)?(?:k|m|bn)?(?![A-Za-z0-9_])' },
				{ name: 'constant.numeric.date.plan', match: '(?<![A-Za-z0-9_])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])' },
				{ name: 'constant.numeric.date.financial-year.plan', match: '(?<![A-Za-z0-9_])[0-9]{4}/[0-9]{2}(?![0-9])' },
				{ name: 'constant.numeric.percentage.plan', match: '(?<![A-Za-z0-9_])[0-9]+(?:\\.[0-9]+)?%' },
				{ name: 'constant.numeric.plan', match: '(?<![A-Za-z0-9_])[0-9]+(?:\\.[0-9]+)?(?![A-Za-z0-9_])' },
			],
		},
		declarations: {
			patterns: [
				{
					// a module names itself once, first in its file
					match: '^\\s*(module)\\s+(' + name + '(?:\\.' + name + ')*)',
					captures: { 1: { name: 'keyword.other.plan' }, 2: { name: 'entity.name.type.plan' } },
				},
				{
					// 'commitment S2 "..." {' defines S2; 'aim Economy' inside a commitment only refers to an aim
					match: '(?<![A-Za-z0-9_^-])(' + alternatives(declaring) + ')\\s+(' + name + ')(?=\\s*["\'{])',
					captures: { 1: { name: 'keyword.other.plan' }, 2: { name: 'entity.name.type.plan' } },
				},
			],
		},
		keywords: {
			name: 'keyword.other.plan',
			match: '(?<![A-Za-z0-9_^-])(?:' + alternatives(keywords) + ')(?![A-Za-z0-9_-])',
		},
		names: {
			name: 'variable.other.reference.plan',
			match: name + '(?:\\.' + name + ')*(?:\\.\\*)?',
		},
	},
};

fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify(tmLanguage, null, '\t') + '\n');
console.log('plan.tmLanguage.json: ' + keywords.size + ' keywords, ' + declaring.size + ' of them declare a name');
