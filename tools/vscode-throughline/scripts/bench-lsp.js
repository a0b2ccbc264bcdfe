// Times the plan language server as an editor meets it: `node scripts/bench-lsp.js LAUNCHER PLAN_FOLDER [ROUNDS]`
// starts `LAUNCHER lsp`, opens PLAN_FOLDER, and prints how long the server took to answer initialize and to publish
// the findings of every file, then the median and longest of ROUNDS hovers on S2 and completions of an owner.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const rpc = require('vscode-jsonrpc/node');

const [launcher, folderArg, roundsArg] = process.argv.slice(2);
if (!launcher || !folderArg) {
	console.error('usage: node scripts/bench-lsp.js LAUNCHER PLAN_FOLDER [ROUNDS]');
	process.exit(2);
}
const folder = path.resolve(folderArg);
const rounds = Number(roundsArg || 20);
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const planFiles = [];
(function walk(dir) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(file); else if (entry.name.endsWith('.plan')) planFiles.push(file);
	}
})(folder);

function positionOf(text, needle, shift) {
	const offset = text.indexOf(needle) + shift;
	const before = text.substring(0, offset).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

async function main() {
	const start = process.hrtime.bigint();
	const server = spawn(launcher, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout),
		new rpc.StreamMessageWriter(server.stdin));
	const published = new Set();
	let allPublished;
	const ready = new Promise((resolve) => { allPublished = resolve; });
	connection.onNotification('textDocument/publishDiagnostics', (params) => {
		published.add(params.uri);
		if (published.size >= planFiles.length) allPublished(ms(start));
	});
	connection.onNotification('window/logMessage', (params) => console.error(params.message));
	connection.listen();
	const uri = pathToFileURL(folder).href;
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri,
		workspaceFolders: [{ uri, name: path.basename(folder) }], capabilities: {} });
	const initialized = ms(start);
	connection.sendNotification('initialized', {});
	const findings = await ready;

	const file = path.join(folder, 'bold-steps.plan');
	const text = fs.readFileSync(file, 'utf8');
	const document = { uri: pathToFileURL(file).href };
	connection.sendNotification('textDocument/didOpen', { textDocument: { ...document, languageId: 'plan', version: 1, text } });
	const hover = { textDocument: document, position: positionOf(text, 'commitment S2 ', 11) };
	const completion = { textDocument: document, position: positionOf(text, 'delivered by Enterprise', 'delivered by '.length) };
	const hovers = [];
	const completions = [];
	let items = 0;
	for (let i = 0; i < rounds; i++) {
		let from = process.hrtime.bigint();
		await connection.sendRequest('textDocument/hover', hover);
		hovers.push(ms(from));
		from = process.hrtime.bigint();
		const list = await connection.sendRequest('textDocument/completion', completion);
		completions.push(ms(from));
		items = list.items.length;
	}
	await connection.sendRequest('shutdown');
	connection.sendNotification('exit');
	await new Promise((resolve) => server.on('exit', resolve));
	console.log('initialize answered: ' + initialized.toFixed(0) + ' ms after start; findings of '
		+ planFiles.length + ' files published: ' + findings.toFixed(0) + ' ms after start');
	console.log('hover on S2, ' + rounds + ' times: median ' + median(hovers).toFixed(1) + ' ms, first '
		+ hovers[0].toFixed(1) + ' ms, longest ' + Math.max(...hovers).toFixed(1) + ' ms');
	console.log('completion of an owner (' + items + ' proposals), ' + rounds + ' times: median '
		+ median(completions).toFixed(1) + ' ms, first ' + completions[0].toFixed(1) + ' ms, longest '
		+ Math.max(...completions).toFixed(1) + ' ms');
	connection.dispose();
}

main().catch((error) => {
	console.error('bench-lsp: ' + error.message);
	process.exit(1);
});
