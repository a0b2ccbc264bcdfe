package org.throughline.trace.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.throughline.trace.ui.model.PlanModelService;

/** Starts the workspace's plan model with the first view that needs it, and stops it with the workbench. */
public class TraceUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.throughline.trace.ui";

	private static TraceUiPlugin plugin;

	private PlanModelService planModels;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (planModels != null) {
				planModels.stop();
				planModels = null;
			}
		}
		plugin = null;
		super.stop(context);
	}

	public static TraceUiPlugin getDefault() {
		return plugin;
	}

	/** The plan models of the workspace's projects, loaded in the background and kept up to date. */
	public static PlanModelService planModels() {
		TraceUiPlugin self = getDefault();
		synchronized (self) {
			if (self.planModels == null) {
				self.planModels = new PlanModelService(ResourcesPlugin.getWorkspace());
				self.planModels.start();
			}
			return self.planModels;
		}
	}
}
