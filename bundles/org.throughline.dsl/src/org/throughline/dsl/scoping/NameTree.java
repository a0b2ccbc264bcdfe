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
 * Names in a BK-tree: each child lies at a known edit distance from its parent, so that a search for the names
 * within a few edits of one name visits only the branches the triangle inequality leaves open, not every name.
 * Built once from a fixed set of names, in sorted order so that its shape, and so its answers, never vary.
 */
final class NameTree {

	private final Node root;

	NameTree(Collection<String> names) {
		Node top = null;
		for (String name : new TreeSet<>(names)) {
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
		List<Node> found = new ArrayList<>();
		Map<Node, Integer> distances = new HashMap<>();
		List<Node> open = new ArrayList<>();
		if (root != null) {
			open.add(root);
		}
		while (!open.isEmpty()) {
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
