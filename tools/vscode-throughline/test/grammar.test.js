// The generated TextMate grammar tokenises the Bold Steps example as VS Code does (vscode-textmate with the
// Oniguruma regular expressions VS Code uses): keywords, names being defined, references, text, numbers, money and
// dates each in their scope.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const example = path.join(__dirname, '..', '..', '..', 'bundles', 'org.throughline.examples', 'projects', 'bold-steps-for-kent');

async function loadGrammar() {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scopeName) => scopeName !== 'source.plan' ? null : textmate.parseRawGrammar(
			fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'plan.tmLanguage.json'), 'utf8'), 'plan.tmLanguage.json'),
	});
	return registry.loadGrammar('source.plan');
}

/** Every token of a file: its text, line and innermost scope. */
function tokenise(grammar, file) {
	const tokens = [];
	let stack = textmate.INITIAL;
	fs.readFileSync(path.join(example, file), 'utf8').split('\n').forEach((line, number) => {
		const result = grammar.tokenizeLine(line, stack);
		for (const token of result.tokens) {
			tokens.push({ text: line.substring(token.startIndex, token.endIndex), line: number + 1, scope: token.scopes[token.scopes.length - 1] });
		}
		stack = result.ruleStack;
	});
	return tokens;
}

/** The scope of the token `text` on the first line that holds `context`. */
function scopeOf(tokens, lines, context, text) {
	const line = lines.findIndex((l) => l.includes(context)) + 1;
	assert.ok(line > 0, 'no line holds ' + context);
	const token = tokens.find((t) => t.line === line && t.text === text);
	assert.ok(token, 'no token ' + text + ' on line ' + line + ': ' + JSON.stringify(tokens.filter((t) => t.line === line)));
	return token.scope;
}

test('the plan file: keywords, names being defined, references, text, financial years, dates and numbers', async () => {
	const grammar = await loadGrammar();
	const tokens = tokenise(grammar, 'bold-steps.plan');
	const lines = fs.readFileSync(path.join(example, 'bold-steps.plan'), 'utf8').split('\n');
	assert.strictEqual(scopeOf(tokens, lines, 'module kent.boldsteps', 'module'), 'keyword.other.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'module kent.boldsteps', 'kent.boldsteps'), 'entity.name.type.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'commitment S2 ', 'commitment'), 'keyword.other.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'commitment S2 ', 'S2'), 'entity.name.type.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'commitment S2 ', '"'), 'string.quoted.double.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'commitment S2 ', 'Employ at least another 350 apprentices through the Kent Success Apprenticeship scheme'), 'string.quoted.double.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'measured by KccApprentices', 'measured'), 'keyword.other.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'measured by KccApprentices', 'KccApprentices'), 'variable.other.reference.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'delivered by Enterprise', 'Enterprise'), 'variable.other.reference.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'period 2011/12 to 2014/15', '2011/12'), 'constant.numeric.date.financial-year.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'period 2011/12 to 2014/15', 'to'), 'keyword.other.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'published 2010-11-29', '2010-11-29'), 'constant.numeric.date.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'source Agenda lines 2593 to 2595', '2593'), 'constant.numeric.plan');
	assert.ok(tokens.some((t) => t.scope === 'comment.line.double-slash.plan'), 'comments');
});

test('the indicators: money, percentages, approximate values and dates', async () => {
	const grammar = await loadGrammar();
	const tokens = tokenise(grammar, 'indicators.plan');
	const lines = fs.readFileSync(path.join(example, 'indicators.plan'), 'utf8').split('\n');
	assert.strictEqual(scopeOf(tokens, lines, 'target £340m', '£340m'), 'constant.numeric.money.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'actual 11% on 2010-10-31', '11%'), 'constant.numeric.percentage.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'actual 11% on 2010-10-31', '2010-10-31'), 'constant.numeric.date.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'target at-least 350 by 2015-03-31', 'at-least'), 'keyword.other.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'target at-least 350 by 2015-03-31', '350'), 'constant.numeric.plan');
	assert.strictEqual(scopeOf(tokens, lines, 'indicator KccApprentices "', 'KccApprentices'), 'entity.name.type.plan');
});

test('every file of the example: no word of the language is left uncoloured', async () => {
	const grammar = await loadGrammar();
	for (const file of fs.readdirSync(example).filter((f) => f.endsWith('.plan'))) {
		const plain = tokenise(grammar, file).filter((t) => t.scope === 'source.plan' && /[A-Za-z0-9£]/.test(t.text));
		assert.deepStrictEqual(plain, [], file);
	}
});
