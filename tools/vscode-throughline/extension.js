// The Throughline plan language in VS Code: the plan language server (`throughline lsp`) for findings, hover,
// completion, quick fixes, rename and the rest, and commands that call the command line.
'use strict';
const vscode = require('vscode');
const path = require('path');
const fs = require('fs');
const { execFile } = require('child_process');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;
let output;

/** The launcher to run: the configured installation (its folder or the script), else `throughline` on the PATH. */
function launcher() {
	const configured = vscode.workspace.getConfiguration('throughline').get('path', '').trim();
	if (!configured) {
		return 'throughline';
	}
	try {
		if (fs.statSync(configured).isDirectory()) {
			return path.join(configured, 'throughline');
		}
	} catch (e) {
		// not there: said when the launcher fails to start
	}
	return configured;
}

/** The plan folder a command works on: the workspace folder of the file being edited, else the first. */
function planFolder() {
	const editor = vscode.window.activeTextEditor;
	const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri))
		|| (vscode.workspace.workspaceFolders || [])[0];
	if (!folder) {
		vscode.window.showErrorMessage('Throughline: open the folder of a plan first.');
		return undefined;
	}
	return folder.uri.fsPath;
}

function siteFolder(folder) {
	const configured = vscode.workspace.getConfiguration('throughline').get('siteFolder', 'site');
	return path.isAbsolute(configured) ? configured : path.join(folder, configured);
}

/** Runs the command line with `args`, its output in the Throughline channel; resolves to its exit code. */
function run(args) {
	output.show(true);
	output.appendLine('$ throughline ' + args.join(' '));
	return new Promise((resolve) => {
		execFile(launcher(), args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (stdout) {
				output.append(stdout);
			}
			if (stderr) {
				output.append(stderr);
			}
			if (error && typeof error.code !== 'number') {
				output.appendLine('throughline could not be started (' + error.message + '): set throughline.path');
				resolve(2);
			} else {
				resolve(error ? error.code : 0);
			}
		});
	});
}

function activate(context) {
	output = vscode.window.createOutputChannel('Throughline');
	context.subscriptions.push(output);

	const server = { command: launcher(), args: ['lsp'], transport: TransportKind.stdio };
	client = new LanguageClient('throughline', 'Throughline plan language', { run: server, debug: server }, {
		documentSelector: [{ scheme: 'file', language: 'plan' }],
		synchronize: {
			// the server reads the folder again when a plan file or the settings change outside the editor
			fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.plan,throughline.settings}'),
		},
		outputChannel: output,
	});
	client.start();
	context.subscriptions.push({ dispose: () => client && client.stop() });

	context.subscriptions.push(vscode.commands.registerCommand('throughline.validate', async () => {
		const folder = planFolder();
		if (folder) {
			const code = await run(['validate', folder]);
			vscode.window.setStatusBarMessage(code === 0 ? 'Throughline: no errors' : 'Throughline: the plan has errors', 5000);
		}
	}));
	context.subscriptions.push(vscode.commands.registerCommand('throughline.publishSite', async () => {
		const folder = planFolder();
		if (folder) {
			const code = await run(['html', folder, '-o', siteFolder(folder)]);
			if (code !== 2) {
				const open = await vscode.window.showInformationMessage('Throughline: site published in '
					+ siteFolder(folder), 'Open Site');
				if (open) {
					vscode.commands.executeCommand('throughline.openSite');
				}
			}
		}
	}));
	context.subscriptions.push(vscode.commands.registerCommand('throughline.openSite', () => {
		const folder = planFolder();
		if (folder) {
			const index = path.join(siteFolder(folder), 'index.html');
			if (!fs.existsSync(index)) {
				vscode.window.showErrorMessage('Throughline: no site in ' + siteFolder(folder) + ' yet: run Publish Site.');
				return;
			}
			vscode.env.openExternal(vscode.Uri.file(index));
		}
	}));
}

function deactivate() {
	return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
