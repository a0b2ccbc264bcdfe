package org.throughline.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.osgi.framework.FrameworkUtil;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.ui.colouring.PlanColours;
import org.throughline.ui.colouring.PlanTokenScanner;
import org.throughline.ui.contentassist.PlanContentAssistProcessor;
import org.throughline.ui.editing.PlanAutoIndent;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.navigation.PlanHyperlinkDetector;
import org.throughline.ui.quickfix.PlanQuickAssistProcessor;
import org.throughline.ui.reconciling.PlanReconciler;

/** Puts the plan editor's parts together: colours, checking, completion, hover, links, quick fixes, comments. */
public class PlanSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final PlanEditor editor;
	private final PlanTokenScanner tokenScanner = new PlanTokenScanner();
	private final List<RuleBasedScanner> partitionScanners = new ArrayList<>();
	private PlanReconciler reconciler;

	public PlanSourceViewerConfiguration(PlanEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return PlanPartitions.TYPES;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return PlanPartitions.PARTITIONING;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		DefaultDamagerRepairer tokens = new DefaultDamagerRepairer(tokenScanner);
		reconciler.setDamager(tokens, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(tokens, IDocument.DEFAULT_CONTENT_TYPE);
		whole(reconciler, PlanPartitions.TEXT, PlanStyles.TEXT);
		whole(reconciler, PlanPartitions.COMMENT, PlanStyles.COMMENT);
		return reconciler;
	}

	/** Colours a whole partition in one style. */
	private void whole(PresentationReconciler reconciler, String partition, PlanStyles style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(PlanColours.get().attribute(style)));
		partitionScanners.add(scanner);
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(repairer, partition);
		reconciler.setRepairer(repairer, partition);
	}

	/** Takes up the colours after a person changed them. */
	public void refreshColours() {
		tokenScanner.refreshColours();
		partitionScanners.get(0).setDefaultReturnToken(new Token(PlanColours.get().attribute(PlanStyles.TEXT)));
		partitionScanners.get(1).setDefaultReturnToken(new Token(PlanColours.get().attribute(PlanStyles.COMMENT)));
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		if (reconciler == null) {
			reconciler = new PlanReconciler(editor::model);
		}
		return reconciler;
	}

	/** The reconciler the viewer was given, to ask it for a check when another file changed. */
	public PlanReconciler reconciler() {
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		// asynchronous: proposals are worked out off the UI thread, so a large file never freezes the editor
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new PlanContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.setRestoreCompletionProposalSize(popupSize("completion"));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new PlanQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.setRestoreCompletionProposalSize(popupSize("quickFix"));
		return assistant;
	}

	/**
	 * Where a popup's size is kept once the person resizes it; at first wide enough for a fix that names an element
	 * ("Create indicator 'EstablishRightToBidProcess' to measure it") or an owner with its title.
	 */
	private static IDialogSettings popupSize(String popup) {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PlanSourceViewerConfiguration.class))
				.getDialogSettings();
		IDialogSettings section = all.getSection(popup);
		if (section == null) {
			section = all.addNewSection(popup);
			section.put(ContentAssistant.STORE_SIZE_X, 640);
			section.put(ContentAssistant.STORE_SIZE_Y, 260);
		}
		return section;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new PlanTextHover(editor, sourceViewer);
	}

	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		detectors.add(new PlanHyperlinkDetector(editor));
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (inherited != null) {
			detectors.addAll(Arrays.asList(inherited));
		}
		return detectors.toArray(IHyperlinkDetector[]::new);
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		return IDocument.DEFAULT_CONTENT_TYPE.equals(contentType) ? new IAutoEditStrategy[] { new PlanAutoIndent() }
				: super.getAutoEditStrategies(sourceViewer, contentType);
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "\t", "" };
	}

	@Override
	public int getTabWidth(ISourceViewer sourceViewer) {
		return 4;
	}
}
