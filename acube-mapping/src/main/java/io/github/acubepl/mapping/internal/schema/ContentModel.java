package io.github.acubepl.mapping.internal.schema;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The element-only content model of a complex type, compiled into a deterministic position
 * automaton (Glushkov construction) with per-element occurrence counters.
 *
 * <p>XSD's Unique Particle Attribution rule makes the automaton deterministic, so one pass over the
 * children decides validity in linear time. Element repetition ({@code maxOccurs} on elements) is
 * counted; repeated model groups are rejected at construction, as no FA schema has them.
 */
public final class ContentModel {
    static final int START = -1;
    private static final int END = -2;

    private final String typeName;
    private final List<ElementDecl> positions = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<BitSet> follow = new ArrayList<>();
    private final BitSet first;
    private final BitSet last;
    private final boolean nullable;
    private final Map<Long, List<Integer>> mandatoryCache = new ConcurrentHashMap<>();

    ContentModel(ComplexType type) {
        this.typeName = type.name();
        Node root = build(type.particle());
        this.first = root.first;
        this.last = root.last;
        this.nullable = root.nullable;
        checkDeterministic(START, first);
        for (int p = 0; p < positions.size(); p++) {
            checkDeterministic(p, follow.get(p));
        }
    }

    private static final class Node {
        boolean nullable;
        BitSet first = new BitSet();
        BitSet last = new BitSet();
    }

    private Node build(Particle particle) {
        Node n = new Node();
        if (particle instanceof ElementDecl) {
            ElementDecl e = (ElementDecl) particle;
            int p = positions.size();
            if (byName.put(e.name(), p) != null) {
                throw new IllegalStateException("element " + e.name() + " is declared twice in " + typeName);
            }
            positions.add(e);
            follow.add(new BitSet());
            n.nullable = e.minOccurs() == 0;
            n.first.set(p);
            n.last.set(p);
            if (e.maxOccurs() > 1) {
                follow.get(p).set(p);
            }
            return n;
        }
        ModelGroup g = (ModelGroup) particle;
        if (g.maxOccurs() > 1) {
            throw new IllegalStateException("repeated model groups are not supported (" + typeName + ")");
        }
        List<Node> children = new ArrayList<>();
        for (Particle child : g.particles()) {
            children.add(build(child));
        }
        if (g.kind() == ModelGroup.Kind.CHOICE) {
            n.nullable = children.isEmpty();
            for (Node c : children) {
                n.nullable |= c.nullable;
                n.first.or(c.first);
                n.last.or(c.last);
            }
        } else {
            n.nullable = true;
            for (Node c : children) {
                n.nullable &= c.nullable;
            }
            for (Node c : children) {
                n.first.or(c.first);
                if (!c.nullable) {
                    break;
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                n.last.or(children.get(i).last);
                if (!children.get(i).nullable) {
                    break;
                }
            }
            for (int i = 0; i < children.size(); i++) {
                for (int j = i + 1; j < children.size(); j++) {
                    BitSet targets = children.get(j).first;
                    BitSet sources = children.get(i).last;
                    for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
                        follow.get(s).or(targets);
                    }
                    if (!children.get(j).nullable) {
                        break;
                    }
                }
            }
        }
        if (g.minOccurs() == 0) {
            n.nullable = true;
        }
        return n;
    }

    private void checkDeterministic(int from, BitSet next) {
        Map<String, Integer> seen = new HashMap<>();
        for (int q = next.nextSetBit(0); q >= 0; q = next.nextSetBit(q + 1)) {
            if (seen.put(positions.get(q).name(), q) != null) {
                throw new IllegalStateException("content model of " + typeName + " is not deterministic at "
                        + (from == START ? "start" : positions.get(from).name()));
            }
        }
    }

    /** The declarations in schema order. */
    public List<ElementDecl> declarations() {
        return Collections.unmodifiableList(positions);
    }

    /** The declaration of {@code name}, or {@code null}. */
    public ElementDecl element(String name) {
        Integer p = byName.get(name);
        return p == null ? null : positions.get(p);
    }

    /** The index of {@code name} in schema order, or -1. */
    public int order(String name) {
        Integer p = byName.get(name);
        return p == null ? -1 : p;
    }

    /** Starts matching one element's children. */
    public Matcher matcher() {
        return new Matcher();
    }

    /** A problem found while matching children against the content model. */
    public record Problem(Kind kind, String name, List<ElementDecl> missing, List<String> expected, int limit) {
        /** The kinds of content problem. */
        public enum Kind {
            /** Required elements are missing (each in {@link #missing()}). */
            MISSING,
            /** One of several alternatives is required and none is there ({@link #missing()} lists them). */
            MISSING_ONE_OF,
            /** The element is declared here but not allowed at this point (order or choice). */
            MISPLACED,
            /** The element is not declared in this type at all. */
            UNKNOWN,
            /** The element occurs more often than {@code maxOccurs}. */
            TOO_MANY,
            /** The element occurs less often than {@code minOccurs}. */
            TOO_FEW
        }
    }

    /** Matches a sequence of child names; not thread-safe, one per element. */
    public final class Matcher {
        private int state = START;
        private int count;

        private Matcher() {
        }

        /**
         * Consumes child {@code name}; problems are added to {@code problems}. Returns the child's
         * declaration, or {@code null} when the name is not declared in this type.
         */
        public ElementDecl next(String name, List<Problem> problems) {
            BitSet candidates = state == START ? first : follow.get(state);
            Integer q = byName.get(name);
            if (q == null) {
                problems.add(new Problem(Problem.Kind.UNKNOWN, name, List.of(), names(candidates), 0));
                return null;
            }
            ElementDecl decl = positions.get(q);
            if (candidates.get(q)) {
                if (q == state) {
                    count++;
                    if (count == decl.maxOccurs() + 1) {
                        problems.add(new Problem(Problem.Kind.TOO_MANY, name, List.of(), List.of(), decl.maxOccurs()));
                    }
                } else {
                    leave(problems);
                    state = q;
                    count = 1;
                }
                return decl;
            }
            if (q == state) {
                // A second occurrence of a non-repeatable element.
                count++;
                if (count == decl.maxOccurs() + 1) {
                    problems.add(new Problem(Problem.Kind.TOO_MANY, name, List.of(), List.of(), decl.maxOccurs()));
                }
                return decl;
            }
            if (reachable(state, q)) {
                List<Integer> mandatory = mandatory(state, q);
                reportMissing(mandatory, candidates, problems);
                leave(problems);
                state = q;
                count = 1;
            } else {
                problems.add(new Problem(Problem.Kind.MISPLACED, name, List.of(), names(candidates), 0));
            }
            return decl;
        }

        /** Ends the children; reports what is still required. */
        public void end(List<Problem> problems) {
            boolean accepting = state == START ? nullable : last.get(state);
            if (!accepting) {
                BitSet candidates = state == START ? first : follow.get(state);
                reportMissing(mandatory(state, END), candidates, problems);
            }
            leave(problems);
        }

        private void leave(List<Problem> problems) {
            if (state != START && count < positions.get(state).minOccurs()) {
                ElementDecl d = positions.get(state);
                problems.add(new Problem(Problem.Kind.TOO_FEW, d.name(), List.of(), List.of(), d.minOccurs()));
            }
        }

        private void reportMissing(List<Integer> mandatory, BitSet candidates, List<Problem> problems) {
            if (!mandatory.isEmpty()) {
                List<ElementDecl> missing = new ArrayList<>();
                for (int m : mandatory) {
                    missing.add(positions.get(m));
                }
                problems.add(new Problem(Problem.Kind.MISSING, missing.get(0).name(), missing, List.of(), 0));
            } else {
                List<ElementDecl> options = new ArrayList<>();
                for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
                    if (c != state) {
                        options.add(positions.get(c));
                    }
                }
                problems.add(new Problem(Problem.Kind.MISSING_ONE_OF,
                        options.isEmpty() ? "" : options.get(0).name(), options, names(candidates), 0));
            }
        }
    }

    private List<String> names(BitSet set) {
        List<String> out = new ArrayList<>();
        for (int p = set.nextSetBit(0); p >= 0; p = set.nextSetBit(p + 1)) {
            out.add(positions.get(p).name());
        }
        return out;
    }

    private BitSet successors(int node) {
        if (node == START) {
            BitSet s = (BitSet) first.clone();
            if (nullable) {
                s.set(positions.size());
            }
            return s;
        }
        BitSet s = (BitSet) follow.get(node).clone();
        if (last.get(node)) {
            s.set(positions.size());
        }
        return s;
    }

    private boolean reachable(int from, int target) {
        return search(from, target, -1);
    }

    /** Whether {@code target} (a position, or END) can be reached from {@code from} avoiding {@code avoid}. */
    private boolean search(int from, int target, int avoid) {
        int endIndex = positions.size();
        int goal = target == END ? endIndex : target;
        BitSet visited = new BitSet();
        List<Integer> stack = new ArrayList<>();
        stack.add(from);
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            BitSet next = successors(node);
            for (int s = next.nextSetBit(0); s >= 0; s = next.nextSetBit(s + 1)) {
                if (s == goal) {
                    return true;
                }
                if (s == avoid || s == endIndex || visited.get(s)) {
                    continue;
                }
                visited.set(s);
                stack.add(s);
            }
        }
        return false;
    }

    /** Positions that lie on every path from {@code from} to {@code target}, in schema order. */
    private List<Integer> mandatory(int from, int target) {
        long key = ((long) from << 32) ^ (target & 0xffffffffL);
        return mandatoryCache.computeIfAbsent(key, k -> {
            List<Integer> out = new ArrayList<>();
            for (int m = 0; m < positions.size(); m++) {
                if (m == from || m == target) {
                    continue;
                }
                if (search(from, m, -1) && !search(from, target, m)) {
                    out.add(m);
                }
            }
            return List.copyOf(out);
        });
    }
}
