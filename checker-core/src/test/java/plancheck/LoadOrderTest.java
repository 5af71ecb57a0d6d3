package plancheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Source;
import plancheck.read.PlanData;

/** Files finish reading in any order; each is resolved with the ids its place in the load order gives. */
class LoadOrderTest {
    private static PlanData file(String name, int figures) {
        List<Figure> fs = new ArrayList<>();
        for (int i = 0; i < figures; i++) {
            fs.add(new Figure(0, "p", "r", Level.CITY, "", "x", "x", false, false, null, "", "", Kind.TARGET, 2025,
                    1.0, null, "", Source.of(name, i + 1)));
        }
        return new PlanData(name, List.of(), fs, List.of(), 0, List.of());
    }

    /** Numbers a file's figures from the first id, as Checker's resolution does. */
    private static PlanData number(PlanData raw, int firstId) {
        List<Figure> fs = new ArrayList<>();
        for (Figure f : raw.figures()) fs.add(f.withId(firstId + fs.size()));
        return new PlanData(raw.file(), raw.plans(), fs, raw.errors(), raw.rejected(), raw.unclassified());
    }

    @Test
    void filesReadOutOfOrderAreResolvedInLoadOrderOnce() {
        int[] sizes = {3, 0, 5, 1, 4};
        List<String> resolvedFiles = new CopyOnWriteArrayList<>();
        LoadOrder order = new LoadOrder(sizes.length, (raw, first) -> {
            resolvedFiles.add(raw.file());
            return number(raw, first);
        });
        for (int i : new int[] {3, 1, 4, 0, 2}) order.read(i, file("f" + i, sizes[i]));
        List<PlanData> out = order.resolved();
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), out.stream().map(PlanData::file).toList());
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), resolvedFiles, "each once, in order, as soon as it can be");
        List<Integer> ids = out.stream().flatMap(d -> d.figures().stream()).map(Figure::id).toList();
        assertEquals(IntStream.range(0, 13).boxed().toList(), ids);
    }

    @Test
    void manyThreadsGiveTheSameIds() {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, 200).boxed().toList());
        Collections.shuffle(indexes, new java.util.Random(3));
        LoadOrder order = new LoadOrder(200, LoadOrderTest::number);
        indexes.parallelStream().forEach(i -> order.read(i, file("f" + i, i % 7)));
        List<Integer> ids = order.resolved().stream().flatMap(d -> d.figures().stream()).map(Figure::id).toList();
        assertEquals(IntStream.range(0, ids.size()).boxed().toList(), ids);
    }
}
