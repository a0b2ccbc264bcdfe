package org.throughline.dsl.validation;

import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.throughline.dsl.settings.SettingsPreferenceValuesProvider;

import com.google.inject.Inject;

/**
 * Takes the severity of each finding from the plan folder's settings file, whatever else supplies preferences in an
 * environment (the workbench binds its own preference store), so that the command line and the workbench agree.
 */
public class PlanIssueSeveritiesProvider extends IssueSeveritiesProvider {

	@Inject
	private SettingsPreferenceValuesProvider settings;

	@Override
	protected IPreferenceValuesProvider getValuesProvider() {
		return settings;
	}
}
