package org.iucnkg.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.model.IKG;

/**
 * Who works on which instrument ({@code ikg:worksOn} in the union of the named graphs) in numbered arrays,
 * with each organisation's sort name and each instrument's identifiers: enough to rank an organisation's
 * collaborators without reading the store again. Identifiers are read at once for the whole store (which is
 * kept), on demand for a call around one or two organisations. Collaborators without an {@code rdfs:label}
 * are left out, as the catalog's queries join on the label.
 */
final class SharedWork {
    /** A collaborator and the number of instruments it shares with the organisation asked. */
    record Collaborator(Node iri, int shared) {}

    private final Map<Node, Integer> numbers;
    private final Node[] organisations;
    private final String[] sortNames;
    private final int[][] instrumentsOf;
    private final int[][] organisationsOf;
    private final Node[] instruments;
    private final Function<Node, List<Node>> identifiers;

    private SharedWork(Map<Node, Set<Node>> worksOn, Map<Node, String> sortNames, Function<Node, List<Node>> identifiers) {
        this.numbers = new HashMap<>();
        this.organisations = new Node[worksOn.size()];
        this.sortNames = new String[worksOn.size()];
        worksOn.keySet().forEach(org -> {
            int n = numbers.size();
            numbers.put(org, n);
            organisations[n] = org;
            this.sortNames[n] = sortNames.get(org);
        });
        Map<Node, Integer> instrumentNumbers = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        this.instrumentsOf = new int[organisations.length][];
        for (int org = 0; org < organisations.length; org++) {
            Set<Node> ofOrg = worksOn.get(organisations[org]);
            int[] numbered = new int[ofOrg.size()];
            int i = 0;
            for (Node instrument : ofOrg) {
                int number = instrumentNumbers.computeIfAbsent(instrument, x -> { members.add(new ArrayList<>()); return members.size() - 1; });
                members.get(number).add(org);
                numbered[i++] = number;
            }
            instrumentsOf[org] = numbered;
        }
        this.organisationsOf = members.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.instruments = new Node[instrumentNumbers.size()];
        instrumentNumbers.forEach((instrument, number) -> this.instruments[number] = instrument);
        this.identifiers = identifiers;
    }

    /** Everything the store says about who works on what. */
    static SharedWork of(DatasetGraph data) {
        Map<Node, Set<Node>> worksOn = new LinkedHashMap<>();
        data.findNG(Node.ANY, Node.ANY, IKG.worksOn.asNode(), Node.ANY)
                .forEachRemaining(q -> worksOn.computeIfAbsent(q.getSubject(), s -> new LinkedHashSet<>()).add(q.getObject()));
        Map<Node, List<Node>> identifiers = new HashMap<>();
        worksOn.values().forEach(instruments -> instruments.forEach(instrument -> identifiers.computeIfAbsent(instrument, i -> identifiersOf(data, i))));
        return new SharedWork(worksOn, sortNames(data, worksOn), identifiers::get);
    }

    /** Only what ranking {@code organisation}'s collaborators needs: its instruments and who works on them. */
    static SharedWork around(DatasetGraph data, Node organisation) {
        Map<Node, Set<Node>> worksOn = new LinkedHashMap<>();
        Set<Node> instruments = new LinkedHashSet<>();
        data.findNG(Node.ANY, organisation, IKG.worksOn.asNode(), Node.ANY).forEachRemaining(q -> instruments.add(q.getObject()));
        for (Node instrument : instruments) {
            data.findNG(Node.ANY, Node.ANY, IKG.worksOn.asNode(), instrument)
                    .forEachRemaining(q -> worksOn.computeIfAbsent(q.getSubject(), s -> new LinkedHashSet<>()).add(instrument));
        }
        return new SharedWork(worksOn, sortNames(data, worksOn), instrument -> identifiersOf(data, instrument));
    }

    /** Only what {@link #sharedBy} needs for these two organisations: the instruments of each. */
    static SharedWork between(DatasetGraph data, Node organisation, Node other) {
        Map<Node, Set<Node>> worksOn = new LinkedHashMap<>();
        for (Node org : List.of(organisation, other)) {
            data.findNG(Node.ANY, org, IKG.worksOn.asNode(), Node.ANY)
                    .forEachRemaining(q -> worksOn.computeIfAbsent(org, s -> new LinkedHashSet<>()).add(q.getObject()));
        }
        return new SharedWork(worksOn, sortNames(data, worksOn), instrument -> identifiersOf(data, instrument));
    }

    private static Map<Node, String> sortNames(DatasetGraph data, Map<Node, Set<Node>> worksOn) {
        Map<Node, String> sortNames = new HashMap<>();
        worksOn.keySet().forEach(org -> sortNames.put(org, sortName(data, org)));
        return sortNames;
    }

    /** The least of the organisation's labels in lower case, the order the catalog's LCASE(?label) gives; null without one. */
    private static String sortName(DatasetGraph data, Node org) {
        String first = null;
        for (Iterator<Quad> it = data.findNG(Node.ANY, org, RDFS.label.asNode(), Node.ANY); it.hasNext();) {
            Node label = it.next().getObject();
            if (!label.isLiteral()) continue;
            String name = label.getLiteralLexicalForm().toLowerCase(Locale.ROOT);
            if (first == null || name.compareTo(first) < 0) first = name;
        }
        return first;
    }

    /** The instrument's distinct {@code dcterms:identifier}s: read once, where each report graph may restate them. */
    private static List<Node> identifiersOf(DatasetGraph data, Node instrument) {
        Set<Node> found = new LinkedHashSet<>();
        data.findNG(Node.ANY, instrument, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        return List.copyOf(found);
    }

    /**
     * The organisations that work on at least one instrument {@code organisation} works on, most shared
     * first, then by sort name and IRI; empty for an organisation that works on nothing.
     */
    List<Collaborator> collaboratorsOf(Node organisation) {
        Integer asked = numbers.get(organisation);
        if (asked == null) return List.of();
        int[] shared = new int[organisations.length];
        int[] found = new int[organisations.length];
        int count = 0;
        for (int instrument : instrumentsOf[asked]) {
            for (int org : organisationsOf[instrument]) {
                if (org != asked && sortNames[org] != null && shared[org]++ == 0) found[count++] = org;
            }
        }
        Integer[] ranked = Arrays.stream(found, 0, count).boxed().toArray(Integer[]::new);
        Arrays.sort(ranked, Comparator.<Integer>comparingInt(org -> -shared[org])
                .thenComparing(org -> sortNames[org])
                .thenComparing(org -> organisations[org].getURI()));
        return Arrays.stream(ranked).map(org -> new Collaborator(organisations[org], shared[org])).toList();
    }

    /** An instrument two organisations share, with its identifiers (none, or as many as the store states). */
    record Shared(Node instrument, List<Node> identifiers) {}

    /** The instruments both organisations work on; empty if either works on none. */
    List<Shared> sharedBy(Node organisation, Node other) {
        Integer one = numbers.get(organisation);
        Integer two = numbers.get(other);
        if (one == null || two == null) return List.of();
        BitSet ofOne = new BitSet(instruments.length);
        for (int instrument : instrumentsOf[one]) ofOne.set(instrument);
        return Arrays.stream(instrumentsOf[two]).filter(ofOne::get)
                .mapToObj(instrument -> new Shared(instruments[instrument], identifiers.apply(instruments[instrument]))).toList();
    }
}
