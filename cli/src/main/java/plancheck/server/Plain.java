package plancheck.server;

import java.util.Locale;
import java.util.Map;
import plancheck.read.InputError;

/**
 * The server's sentences for people, in Chinese or English: what went wrong and what to do, never
 * an exception's text. The check's own error lines (file, line, what is wrong) are already readable;
 * the usual ones are said again in plain words here, the rest shown as they are.
 */
final class Plain {
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("empty", new String[] {"没有收到文件：请选择或拖入至少一个规划文件。",
                "No file arrived: choose or drop at least one plan file."}),
            Map.entry("not-upload", new String[] {"这不是文件上传：请求须为 multipart/form-data，文件放在 files 字段里。",
                "This is not a file upload: send multipart/form-data with the files in the field 'files'."}),
            Map.entry("too-large", new String[] {"上传的文件太大：一次最多 %s。",
                "The upload is too large: at most %s at a time."}),
            Map.entry("stalled", new String[] {"上传中断了（%d 秒没有收到数据），服务器停止了等待。请重新上传。",
                "The upload stalled (nothing arrived for %d s) and the server stopped waiting. Please upload again."}),
            Map.entry("bad-form", new String[] {"上传的表单不完整或已损坏，请重新上传。",
                "The upload form is incomplete or damaged. Please upload again."}),
            Map.entry("busy", new String[] {"正在检查的文件太多，请 %d 秒后再试。",
                "Too many checks are waiting: please try again in %d seconds."}),
            Map.entry("timeout", new String[] {"检查超过了 %d 秒的时限，已取消。文件可能太大，请分开检查。",
                "The check ran past its limit of %d s and was cancelled. The files may be too large: check them separately."}),
            Map.entry("kind", new String[] {"“%s”不是规划文档：plancheck 读 Word（.docx、.doc）、PDF、网页（.html）、文本（.txt）、CSV 和 JSON 文件。",
                "\"%s\" is not a plan document: plancheck reads Word (.docx, .doc), PDF, web pages (.html), text (.txt), CSV and JSON files."}),
            Map.entry("not-word", new String[] {"“%s”不是 Word 文档：文件的内容与它的扩展名不符（可能已损坏，或是改了扩展名的其他文件）。",
                "\"%s\" is not a Word document: its content does not match its extension (damaged, or another kind of file renamed)."}),
            Map.entry("not-pdf", new String[] {"“%s”不是 PDF 文件：文件的内容与它的扩展名不符。",
                "\"%s\" is not a PDF file: its content does not match its extension."}),
            Map.entry("bomb", new String[] {"“%s”解压后大得异常（疑似“压缩炸弹”），已拒绝。",
                "\"%s\" unpacks to an abnormal size (a zip bomb?) and was refused."}),
            Map.entry("config", new String[] {"设置文件 plancheck.json 有误：%s",
                "The settings file plancheck.json is wrong: %s"}),
            Map.entry("config-files", new String[] {"设置文件里的 ruleFiles 和 waivers 指向服务器上的文件，网页版不使用它们（规则文件是程序代码）。请删去这两项。",
                "The settings file's ruleFiles and waivers name files on the server, which the review page does not use (rule files are code). Remove them."}),
            Map.entry("one-document", new String[] {"批注只能一次一个文档：请在 files 里只放一个 Word 或 PDF 文件。",
                "Annotating takes one document at a time: put one Word or PDF file in 'files'."}),
            Map.entry("not-annotatable", new String[] {"“%s”不能加批注：批注只写入 Word（.docx）和 PDF 文件。"
                + ".doc 文件请先在 Word 或 WPS 中另存为 .docx；其他文件的问题见检查报告。",
                "\"%s\" cannot be annotated: comments are written into Word (.docx) and PDF files only. "
                + "Save a .doc as .docx in Word or WPS first; for other files, see the check's report."}),
            Map.entry("not-annotated", new String[] {"“%s”无法加批注：%s", "\"%s\" could not be annotated: %s"}),
            Map.entry("metadata", new String[] {"填写的规划信息有误：%s",
                "The plan details given are wrong: %s"}),
            Map.entry("nothing-read", new String[] {"没有一个文件能读出规划指标，见下面的说明。",
                "No file gave plan figures to check; see below."}),
            Map.entry("cross-site", new String[] {"这个请求来自其他网站的页面，已拒绝。",
                "This request comes from another site's page and was refused."}),
            Map.entry("not-found", new String[] {"没有这个页面。", "No such page."}),
            Map.entry("method", new String[] {"这个地址不接受 %s 请求。", "This address does not take %s requests."}),
            Map.entry("internal", new String[] {"服务器内部出错，检查没有完成。请把文件交给维护人员。",
                "The server failed inside and the check did not finish. Please pass the files to the maintainers."}),
            Map.entry("err-kind", new String[] {"“%s”不是 plancheck 能读的文件类型。",
                "\"%s\" is not a kind of file plancheck reads."}),
            Map.entry("err-title", new String[] {"“%s”没有写明地区和期限的标题：请在表单里填写地区、级别、上级地区和规划期。",
                "\"%s\" has no title naming its region and period: fill in region, level, parent and period in the form."}),
            Map.entry("err-empty", new String[] {"“%s”里没有找到规划指标（目标值、基数）。",
                "No plan figures (targets, baselines) were found in \"%s\"."}),
            Map.entry("err-text", new String[] {"“%s”既不是文本文件，也不是能读的文档（可能是图片或程序文件）。",
                "\"%s\" is neither text nor a readable document (an image or a program?)."}),
            Map.entry("err-line", new String[] {"“%s”第 %d 行：%s", "\"%s\", line %d: %s"}),
            Map.entry("err-file", new String[] {"“%s”：%s", "\"%s\": %s"}));

    private final boolean english;

    private Plain(boolean english) {
        this.english = english;
    }

    /** English for {@code en…}, Chinese otherwise. */
    static Plain of(String lang) {
        return new Plain(lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en"));
    }

    String lang() {
        return english ? "en" : "zh";
    }

    String say(String key, Object... args) {
        String[] t = TEXTS.get(key);
        if (t == null) throw new IllegalArgumentException("no sentence " + key);
        return String.format(Locale.ROOT, t[english ? 1 : 0], args);
    }

    /** Whether the check's error says the document needs its region and period from the user. */
    static boolean wantsMetadata(InputError e) {
        return e.message().startsWith("no title naming") || e.message().startsWith("no period");
    }

    /** One of the check's error lines in plain words. */
    String say(InputError e) {
        String m = e.message();
        if (m.startsWith("not a plan file")) return say("err-kind", e.file());
        if (wantsMetadata(e)) return say("err-title", e.file());
        if (m.startsWith("no figures")) return say("err-empty", e.file());
        if (m.startsWith("not text")) return say("err-text", e.file());
        return e.line() > 0 ? say("err-line", e.file(), e.line(), m) : say("err-file", e.file(), m);
    }

    /** A size in megabytes (or kilobytes below one), as the limits are written. */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " KB";
    }
}
