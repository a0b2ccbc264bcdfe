package org.throughline.dsl.scoping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.throughline.dsl.linking.NearestName;

/**
 * Names to search by edit distance, built once from a fixed set of names. Names one edit away are found through
 * each name's single-character deletions (two names are at most one edit apart only if one of them, or one
 * deletion of each, is the same string): a few hash lookups. Names further away, for long names, are searched in
 * a BK-tree, where each child lies at a known edit distance from its parent, so that a search visits only the
 * branches the triangle inequality leaves open; at most {@link #VISITS} names per search, in a stable order, so
 * that a search is bounded and its answer never varies.
 */
final class NameTree {

	/** The most names one search in the tree compares. */
	static final int VISITS = 4_000;

	private final Node root;
	private final Map<String, List<String>> byDeletion = new HashMap<>();

	NameTree(Collection<String> names) {
		Node top = null;
		for (String name : new TreeSet<>(names)) {
			for (String key : deletions(name)) {
				byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1)).add(name);
			}
			if (top == null) {
				top = new Node(name);
			} else {
				top.add(name);
			}
		}
		root = top;
	}

	/** The names within {@code limit} edits of {@code name}, nearest first, then alphabetically; at most {@code max}. */
	List<String> near(String name, int limit, int max) {
		if (limit <= 1) {
			TreeSet<String> close = new TreeSet<>();
			for (String key : deletions(name)) {
				for (String candidate : byDeletion.getOrDefault(key, List.of())) {
					if (NearestName.distance(name, candidate, 1) <= 1) {
						close.add(candidate);
					}
				}
			}
			List<String> names = new ArrayList<>();
			close.stream().filter(name::equals).forEach(names::add);
			close.stream().filter(c -> !c.equals(name)).limit(Math.max(0, max - names.size())).forEach(names::add);
			return names;
		}
		List<Node> found = new ArrayList<>();
		Map<Node, Integer> distances = new HashMap<>();
		List<Node> open = new ArrayList<>();
		if (root != null) {
			open.add(root);
		}
		int visits = 0;
		while (!open.isEmpty() && visits++ < VISITS) {
			Node node = open.remove(open.size() - 1);
			int distance = NearestName.distance(name, node.name, Integer.MAX_VALUE);
			if (distance <= limit) {
				found.add(node);
				distances.put(node, distance);
			}
			for (int d = Math.max(1, distance - limit); d <= distance + limit; d++) {
				Node child = node.children == null ? null : node.children.get(d);
				if (child != null) {
					open.add(child);
				}
			}
		}
		found.sort(Comparator.<Node> comparingInt(distances::get).thenComparing(n -> n.name));
		List<String> names = new ArrayList<>(Math.min(max, found.size()));
		for (int i = 0; i < found.size() && i < max; i++) {
			names.add(found.get(i).name);
		}
		return names;
	}

	/** The name and each string one character deletion makes of it. */
	private static List<String> deletions(String name) {
		List<String> keys = new ArrayList<>(name.length() + 1);
		keys.add(name);
		for (int i = 0; i < name.length(); i++) {
			keys.add(name.substring(0, i) + name.substring(i + 1));
		}
		return keys;
	}

	private static final class Node {

		final String name;
		Map<Integer, Node> children;

		Node(String name) {
			this.name = name;
		}

		void add(String other) {
			Node node = this;
			while (true) {
				int distance = NearestName.distance(other, node.name, Integer.MAX_VALUE);
				if (distance == 0) {
					return;
				}
				if (node.children == null) {
					node.children = new HashMap<>();
				}
				Node child = node.children.get(distance);
				if (child == null) {
					node.children.put(distance, new Node(other));
					return;
				}
				node = child;
			}
		}
	}
}
