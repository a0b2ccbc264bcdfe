package org.throughline.html.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of a page the site generator wrote, in order. The generator escapes every {@code <} in text, so a
 * scan for tags finds exactly the page's elements; a page where plan text became markup shows extra tags.
 */
record Tags(List<Tag> tags) {

	record Tag(String name, boolean end, Map<String, String> attributes, int offset) {
		String attribute(String key) {
			return attributes.get(key);
		}
	}

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>");
	private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>]+)(?:=\"([^\"]*)\")?");

	static Tags of(String page) {
		List<Tag> tags = new ArrayList<>();
		Matcher m = TAG.matcher(page);
		while (m.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher a = ATTRIBUTE.matcher(m.group(3));
			while (a.find()) {
				attributes.put(a.group(1), a.group(2) == null ? "" : unescape(a.group(2)));
			}
			tags.add(new Tag(m.group(2).toLowerCase(), !m.group(1).isEmpty(), attributes, m.start()));
		}
		return new Tags(tags);
	}

	private static String unescape(String value) {
		return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&");
	}

	List<Tag> starts(String name) {
		return tags.stream().filter(t -> !t.end() && t.name().equals(name)).toList();
	}

	List<Tag> starts() {
		return tags.stream().filter(t -> !t.end()).toList();
	}

	/** The text between a start tag and the next tag. */
	static String textAfter(String page, Tag tag) {
		int start = page.indexOf('>', tag.offset()) + 1;
		int end = page.indexOf('<', start);
		return page.substring(start, end < 0 ? page.length() : end);
	}
}
