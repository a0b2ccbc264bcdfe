package org.throughline.dsl.versions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.throughline.dsl.text.Utf8;
import org.throughline.dsl.workspace.PlanWorkspace;

/**
 * The .plan files of a plan folder as a git revision holds them, read with JGit from the repository that the
 * folder is in, so that no git program is needed. Any revision git understands will do: a commit, a tag, a
 * branch, {@code HEAD~2}.
 */
public final class GitRevision {

	private GitRevision() {
	}

	/**
	 * The texts of the .plan files below {@code folder} at {@code revision}, by the path each would have in the
	 * folder.
	 *
	 * @throws UnreadableVersion when the folder is not in a git repository, the revision is unknown, or a file is not
	 *                        UTF-8 text; the message says which
	 */
	public static Map<Path, String> planTexts(Path folder, String revision) throws UnreadableVersion {
		if (!Files.isDirectory(folder)) {
			throw new UnreadableVersion(folder + " is not a folder" + (Files.exists(folder) ? "" : ": it does not exist"));
		}
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			throw new UnreadableVersion(folder + " is not in a git repository, so it has no revision " + revision);
		}
		try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
			if (repository.isBare()) {
				throw new UnreadableVersion(folder + " is in a bare git repository, which has no folders to compare");
			}
			ObjectId id = repository.resolve(revision + "^{commit}");
			if (id == null) {
				throw new UnreadableVersion("the git repository of " + folder + " has no revision " + revision);
			}
			RevCommit commit = walk.parseCommit(id);
			Path workTree = repository.getWorkTree().toPath().toRealPath();
			Path real = folder.toRealPath();
			String prefix = workTree.relativize(real).toString().replace('\\', '/');
			Path target = folder.toAbsolutePath().normalize();
			Map<Path, String> texts = new LinkedHashMap<>();
			try (TreeWalk files = new TreeWalk(repository)) {
				files.addTree(commit.getTree());
				files.setRecursive(true);
				TreeFilter plans = PathSuffixFilter.create("." + PlanWorkspace.FILE_EXTENSION);
				files.setFilter(prefix.isEmpty() ? plans : AndTreeFilter.create(PathFilter.create(prefix), plans));
				while (files.next()) {
					String path = files.getPathString();
					String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
					byte[] bytes = repository.open(files.getObjectId(0)).getBytes();
					texts.put(target.resolve(relative).normalize(), utf8(bytes, revision + ":" + path));
				}
			}
			return texts;
		} catch (UnreadableVersion e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// JGit says what is wrong (a malformed revision, a damaged repository) in its message
			throw new UnreadableVersion("cannot read revision " + revision + " of " + folder + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		}
	}

	private static String utf8(byte[] bytes, String where) throws UnreadableVersion {
		try {
			return Utf8.decode(bytes, 0);
		} catch (CharacterCodingException e) {
			throw new UnreadableVersion(where + " is not UTF-8 text");
		}
	}

	/** A commit that can be compared with: its id, its first line, when it was made. */
	public record Revision(String id, String summary, Instant when) {

		/** The abbreviated id, as git shows it. */
		public String shortId() {
			return id.substring(0, Math.min(7, id.length()));
		}
	}

	/**
	 * The latest commits of the current branch that changed a file below {@code folder}, newest first, at most
	 * {@code limit}; empty when the folder is in no git repository.
	 */
	public static List<Revision> recent(Path folder, int limit) throws UnreadableVersion {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			return List.of();
		}
		try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve("HEAD^{commit}");
			if (head == null || repository.isBare()) {
				return List.of();
			}
			String prefix = repository.getWorkTree().toPath().toRealPath().relativize(folder.toRealPath()).toString()
					.replace('\\', '/');
			if (!prefix.isEmpty()) {
				walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
			}
			walk.markStart(walk.parseCommit(head));
			List<Revision> revisions = new ArrayList<>();
			for (RevCommit commit : walk) {
				revisions.add(new Revision(commit.getName(), commit.getShortMessage(),
						Instant.ofEpochSecond(commit.getCommitTime())));
				if (revisions.size() == limit) {
					break;
				}
			}
			return revisions;
		} catch (IOException | RuntimeException e) {
			throw new UnreadableVersion("cannot read the git history of " + folder + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		}
	}
}
