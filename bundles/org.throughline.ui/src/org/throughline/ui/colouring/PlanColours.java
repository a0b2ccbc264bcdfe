package org.throughline.ui.colouring;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.throughline.dsl.ide.highlighting.PlanStyles;

/**
 * The colours of the plan editor, one per {@link PlanStyles}, each with bold and italic; kept in the preferences so
 * a person can change them, and told to every open editor when they do.
 */
public final class PlanColours {

	public static final String PREFERENCE_NODE = "org.throughline.ui";

	private static final Map<PlanStyles, RGB> DEFAULT_COLOURS = new EnumMap<>(Map.of(
			PlanStyles.KEYWORD, new RGB(127, 0, 85),
			PlanStyles.DEFINITION, new RGB(0, 0, 160),
			PlanStyles.REFERENCE, new RGB(0, 110, 130),
			PlanStyles.TEXT, new RGB(42, 0, 255),
			PlanStyles.NUMBER, new RGB(150, 80, 0),
			PlanStyles.MONEY, new RGB(0, 128, 0),
			PlanStyles.DATE, new RGB(170, 60, 0),
			PlanStyles.COMMENT, new RGB(63, 127, 95),
			PlanStyles.DEFAULT, new RGB(0, 0, 0)));

	private static PlanColours instance;

	private final IPreferenceStore preferences;
	private final Map<PlanStyles, TextAttribute> attributes = new EnumMap<>(PlanStyles.class);
	private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

	private PlanColours(IPreferenceStore store) {
		this.preferences = store;
		read();
		IPropertyChangeListener changed = event -> {
			if (event.getProperty().startsWith("colour.")) {
				read();
				listeners.forEach(Runnable::run);
			}
		};
		store.addPropertyChangeListener(changed);
	}

	public static synchronized PlanColours get() {
		if (instance == null) {
			instance = new PlanColours(preferenceStore());
		}
		return instance;
	}

	private static ScopedPreferenceStore store;

	/** Where the colours are kept: the workspace's preferences of the Throughline workbench. */
	public static synchronized IPreferenceStore preferenceStore() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PREFERENCE_NODE);
		}
		return store;
	}

	public static String colourKey(PlanStyles style) {
		return "colour." + style.id();
	}

	public static String boldKey(PlanStyles style) {
		return "colour." + style.id() + ".bold";
	}

	public static String italicKey(PlanStyles style) {
		return "colour." + style.id() + ".italic";
	}

	/** Sets the default colours, bold for keywords and definitions, italic for comments. */
	public static void setDefaults(IPreferenceStore store) {
		DEFAULT_COLOURS.forEach((style, rgb) -> {
			PreferenceConverter.setDefault(store, colourKey(style), rgb);
			store.setDefault(boldKey(style), style == PlanStyles.KEYWORD || style == PlanStyles.DEFINITION);
			store.setDefault(italicKey(style), style == PlanStyles.COMMENT);
		});
	}

	private synchronized void read() {
		IPreferenceStore store = preferences;
		for (PlanStyles style : PlanStyles.values()) {
			RGB rgb = store.contains(colourKey(style)) || !store.getDefaultString(colourKey(style)).isEmpty()
					? PreferenceConverter.getColor(store, colourKey(style)) : DEFAULT_COLOURS.get(style);
			boolean bold = store.contains(boldKey(style)) ? store.getBoolean(boldKey(style))
					: style == PlanStyles.KEYWORD || style == PlanStyles.DEFINITION;
			boolean italic = store.contains(italicKey(style)) ? store.getBoolean(italicKey(style))
					: style == PlanStyles.COMMENT;
			int fontStyle = (bold ? SWT.BOLD : SWT.NORMAL) | (italic ? SWT.ITALIC : SWT.NORMAL);
			attributes.put(style, new TextAttribute(new Color(rgb), null, fontStyle));
		}
	}

	public synchronized TextAttribute attribute(PlanStyles style) {
		return attributes.get(style);
	}

	/** A style range in the colours of {@code style}. */
	public StyleRange styleRange(PlanStyles style, int offset, int length) {
		TextAttribute attribute = attribute(style);
		StyleRange range = new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle());
		return range;
	}

	/** Calls {@code listener} after a person changes the colours. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
