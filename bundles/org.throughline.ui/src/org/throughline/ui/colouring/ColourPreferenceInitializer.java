package org.throughline.ui.colouring;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.throughline.ui.editor.PlanEditor;

/** The plan editor's colours and bracket matching until a person chooses otherwise. */
public class ColourPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = PlanColours.preferenceStore();
		PlanColours.setDefaults(store);
		store.setDefault(PlanEditor.MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(store, PlanEditor.MATCHING_BRACKETS_COLOUR, new RGB(150, 150, 150));
	}
}
