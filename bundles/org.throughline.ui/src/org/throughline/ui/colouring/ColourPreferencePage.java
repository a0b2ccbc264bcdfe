package org.throughline.ui.colouring;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.throughline.dsl.ide.highlighting.PlanStyles;

/** Throughline > Plan Editor Colours: a colour, bold and italic for each kind of text in a plan. */
public class ColourPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.throughline.ui.preferences.colours";

	public ColourPreferencePage() {
		super(GRID);
		setDescription("Colours of the plan editor. Keywords, quoted text, numbers, money and dates are coloured as "
				+ "you type; names being defined and references to other elements once the file is checked.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PlanColours.preferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		for (PlanStyles style : PlanStyles.values()) {
			addField(new ColorFieldEditor(PlanColours.colourKey(style), style.label(), parent));
			addField(new BooleanFieldEditor(PlanColours.boldKey(style), "bold", parent));
			addField(new BooleanFieldEditor(PlanColours.italicKey(style), "italic", parent));
			Label gap = new Label(parent, SWT.NONE);
			gap.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
	}
}
