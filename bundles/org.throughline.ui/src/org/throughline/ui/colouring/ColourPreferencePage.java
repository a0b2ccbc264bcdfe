package org.throughline.ui.colouring;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.throughline.dsl.ide.highlighting.PlanStyles;

/** Plan Editor Colours: a colour, bold and italic for each kind of text in a plan, one row each. */
public class ColourPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.throughline.ui.preferences.colours";

	private record Row(ColorSelector colour, Button bold, Button italic) {
	}

	private final Map<PlanStyles, Row> rows = new EnumMap<>(PlanStyles.class);

	public ColourPreferencePage() {
		setDescription("Colours of the plan editor. Keywords, quoted text, numbers, money and dates are coloured as "
				+ "you type; names being defined and references to other elements once the file is checked.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PlanColours.preferenceStore());
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite table = new Composite(parent, SWT.NONE);
		table.setLayout(new GridLayout(4, false));
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (PlanStyles style : PlanStyles.values()) {
			Label label = new Label(table, SWT.NONE);
			label.setText(style.label());
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			ColorSelector colour = new ColorSelector(table);
			colour.getButton().setToolTipText("Colour of " + style.label().toLowerCase());
			Button bold = new Button(table, SWT.CHECK);
			bold.setText("bold");
			Button italic = new Button(table, SWT.CHECK);
			italic.setText("italic");
			rows.put(style, new Row(colour, bold, italic));
		}
		show(false);
		return table;
	}

	/** Shows the stored values, or the defaults. */
	private void show(boolean defaults) {
		IPreferenceStore store = getPreferenceStore();
		rows.forEach((style, row) -> {
			row.colour().setColorValue(defaults ? PreferenceConverter.getDefaultColor(store, PlanColours.colourKey(style))
					: PreferenceConverter.getColor(store, PlanColours.colourKey(style)));
			row.bold().setSelection(defaults ? store.getDefaultBoolean(PlanColours.boldKey(style))
					: store.getBoolean(PlanColours.boldKey(style)));
			row.italic().setSelection(defaults ? store.getDefaultBoolean(PlanColours.italicKey(style))
					: store.getBoolean(PlanColours.italicKey(style)));
		});
	}

	@Override
	protected void performDefaults() {
		show(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		rows.forEach((style, row) -> {
			PreferenceConverter.setValue(store, PlanColours.colourKey(style), row.colour().getColorValue());
			store.setValue(PlanColours.boldKey(style), row.bold().getSelection());
			store.setValue(PlanColours.italicKey(style), row.italic().getSelection());
		});
		if (store instanceof IPersistentPreferenceStore persistent) {
			try {
				persistent.save();
			} catch (IOException e) {
				setErrorMessage("The colours could not be saved: " + e.getMessage());
				return false;
			}
		}
		return true;
	}
}
