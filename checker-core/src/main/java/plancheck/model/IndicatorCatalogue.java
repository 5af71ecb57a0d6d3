package plancheck.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the many spellings of an indicator (国家高新技术企业, 国家级高新技术企业, 高新技术企业数量 ...)
 * to one {@link Indicator}. The data lives in {@code plancheck/indicators.csv} on the class path
 * (the rules module ships it): {@code key,name_zh,name_en,unit,additive,direction,aliases} with
 * aliases separated by {@code |}. Spellings are compared after {@link #normalise(String)}.
 */
public final class IndicatorCatalogue {
    public static final String RESOURCE = "plancheck/indicators.csv";

    private final Map<String, Indicator> byKey = new LinkedHashMap<>();
    private final Map<String, Indicator> bySpelling = new HashMap<>();

    private static volatile IndicatorCatalogue standard;

    /** The catalogue on the class path, read once. */
    public static IndicatorCatalogue standard() {
        IndicatorCatalogue c = standard;
        if (c == null) {
            synchronized (IndicatorCatalogue.class) {
                c = standard;
                if (c == null) {
                    InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
                    if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
                    standard = c = read(in);
                }
            }
        }
        return c;
    }

    public static IndicatorCatalogue read(InputStream in) {
        IndicatorCatalogue c = new IndicatorCatalogue();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(",", -1);
                if (f.length != 7) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
                Indicator ind = new Indicator(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4]),
                        Direction.valueOf(f[5].toUpperCase(java.util.Locale.ROOT)));
                c.add(ind, f[6].isEmpty() ? List.of() : List.of(f[6].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    private void add(Indicator ind, List<String> aliases) {
        if (byKey.put(ind.key(), ind) != null) throw new IllegalStateException("duplicate indicator key " + ind.key());
        List<String> all = new ArrayList<>(aliases);
        all.add(ind.nameZh());
        for (String a : all) {
            Indicator prev = bySpelling.put(normalise(a), ind);
            if (prev != null && prev != ind) {
                throw new IllegalStateException("spelling '" + a + "' maps to both " + prev.key() + " and " + ind.key());
            }
        }
    }

    public Optional<Indicator> resolve(String asWritten) {
        return Optional.ofNullable(bySpelling.get(normalise(asWritten)));
    }

    public Optional<Indicator> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Indicator> all() {
        // The standard catalogue is shared by every check in the JVM: callers get a read-only view.
        return java.util.Collections.unmodifiableCollection(byKey.values());
    }

    /**
     * The form spellings are compared in: no quotes, spaces or unit in brackets; no scope word
     * (全市, 全区, 区内 ...); 国家级 read as 国家, 的比重 as 比重; no trailing 数量/总量/数 (指数 kept); no leading 年 or 评价入库/认定.
     */
    public static String normalise(String text) {
        if (text == null) return "";
        String s = Num.toAscii(text);
        s = s.replaceAll("[\"'“”‘’「」『』\\s]", "");
        s = s.replaceAll("[(（][%件家个项人元支万亿]{1,3}[)）]$", "");
        s = s.replace('（', '(').replace('）', ')');
        s = s.substring(Scopes.prefixOf(s).length());
        s = s.replaceAll("^(年度|年|评价入库|认定|累计|有效国家)", "");
        s = s.replace("国家级", "国家").replace("及以上", "以上").replace("的比重", "比重").replace("的比例", "比例");
        s = s.replaceAll("(数量|总量|总数|(?<!指)数)$", "");
        return s;
    }
}
