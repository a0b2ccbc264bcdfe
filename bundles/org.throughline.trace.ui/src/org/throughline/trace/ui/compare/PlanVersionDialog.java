package org.throughline.trace.ui.compare;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.throughline.dsl.versions.GitRevision.Revision;

/**
 * Asks which version to compare a plan project with: a git revision of its files (the latest commits that
 * changed them are offered) or another folder of .plan files.
 */
final class PlanVersionDialog extends TitleAreaDialog {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final IProject project;
	private final List<Revision> revisions;
	private final OtherVersion initial;
	private Button gitChoice;
	private Button folderChoice;
	private Combo revision;
	private Text folder;
	private Button browse;
	private OtherVersion chosen;

	PlanVersionDialog(Shell shell, IProject project, List<Revision> revisions, OtherVersion initial) {
		super(shell);
		this.project = project;
		this.revisions = revisions;
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Compare With Plan Version");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Compare " + project.getName() + " with another version");
		setMessage("What was added, removed, renamed and changed, element by element, with the text beside it.");
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);

		gitChoice = new Button(body, SWT.RADIO);
		gitChoice.setText("&Git revision:");
		revision = new Combo(body, SWT.DROP_DOWN);
		revision.setToolTipText("A commit, a tag, a branch or HEAD~1; the latest commits that changed the plan are listed");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(revision);
		revision.add("HEAD");
		for (Revision commit : revisions) {
			revision.add(commit.shortId() + "  " + DAY.format(commit.when()) + "  " + commit.summary());
		}

		folderChoice = new Button(body, SWT.RADIO);
		folderChoice.setText("Another &folder:");
		folder = new Text(body, SWT.BORDER);
		folder.setToolTipText("A folder of .plan files: absolute, or relative to the project");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog directories = new DirectoryDialog(getShell());
			directories.setMessage("The folder of the other version's .plan files");
			if (project.getLocation() != null) {
				directories.setFilterPath(project.getLocation().toOSString());
			}
			String path = directories.open();
			if (path != null) {
				folder.setText(path);
			}
		});

		boolean git = initial == null ? !revisions.isEmpty() : initial.revision();
		gitChoice.setSelection(git);
		folderChoice.setSelection(!git);
		revision.setText(initial != null && initial.revision() ? initial.value() : "HEAD");
		folder.setText(initial != null && !initial.revision() ? initial.value() : "");
		gitChoice.addListener(SWT.Selection, e -> update());
		folderChoice.addListener(SWT.Selection, e -> update());
		revision.addListener(SWT.Modify, e -> update());
		folder.addListener(SWT.Modify, e -> update());
		if (revisions.isEmpty()) {
			setMessage("The project is in no git repository with commits; choose a folder to compare with.");
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Compare");
		update();
	}

	private void update() {
		boolean git = gitChoice.getSelection();
		revision.setEnabled(git);
		folder.setEnabled(!git);
		browse.setEnabled(!git);
		chosen = git ? OtherVersion.gitRevision(firstWord(revision.getText()))
				: OtherVersion.folder(folder.getText());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!chosen.value().isEmpty());
		}
	}

	// A listed commit reads "abc1234  2010-10-15  summary"; its revision is the first word.
	private static String firstWord(String text) {
		String stripped = text.strip();
		int space = stripped.indexOf(' ');
		return space < 0 ? stripped : stripped.substring(0, space);
	}

	/** The version chosen, once the dialog was closed with Compare. */
	OtherVersion chosen() {
		return chosen;
	}
}
