package org.throughline.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a plan document into quoted text, comments and the rest. Quoted text and comments may run over many lines;
 * keeping them apart lets the token colouring start again at any line of the rest.
 */
public class PlanPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.throughline.ui.planPartitioning";
	public static final String TEXT = "__plan_text";
	public static final String COMMENT = "__plan_comment";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, TEXT, COMMENT };

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	static RuleBasedPartitionScanner scanner() {
		Token text = new Token(TEXT);
		Token comment = new Token(COMMENT);
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] {
				new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new MultiLineRule("\"", "\"", text, '\\', true),
				new MultiLineRule("'", "'", text, '\\', true) });
		return scanner;
	}
}
