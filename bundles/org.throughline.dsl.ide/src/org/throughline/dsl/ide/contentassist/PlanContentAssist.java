package org.throughline.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Completion proposals at an offset of a plan file, from Xtext's editor-agnostic content assist: keywords the
 * grammar allows there and every element a reference there can name, best first.
 */
public class PlanContentAssist {

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private ExecutorService pool;

	@Inject
	private IdeContentProposalProvider proposals;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/**
	 * The proposals at {@code offset}.
	 *
	 * @param resource a file parsed from exactly {@code text} and linked with its workspace
	 */
	public List<ContentAssistEntry> proposals(XtextResource resource, String text, int offset, CancelIndicator cancel) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		acceptor.setCancelIndicator(cancel);
		proposals.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}
}
