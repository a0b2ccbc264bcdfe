package org.throughline.dsl.settings;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

import com.google.inject.Inject;

/**
 * Xtext preference values taken from the settings file of the plan folder that holds a resource; a key the file does
 * not set has its default value.
 */
public class SettingsPreferenceValuesProvider implements IPreferenceValuesProvider {

	@Inject
	private ProjectSettingsStore store;

	@Override
	public IPreferenceValues getPreferenceValues(Resource resource) {
		return new MapBasedPreferenceValues(store.settingsFor(resource).severities());
	}
}
