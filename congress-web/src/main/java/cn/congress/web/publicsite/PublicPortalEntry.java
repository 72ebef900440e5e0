package cn.congress.web.publicsite;

import java.util.function.Supplier;

/**
 * A service of the public portal ({@code /public}). Each feature with a public page declares its own as a bean, so
 * the portal lists every public service without any feature editing the portal's page.
 *
 * @param order       position on the portal, low first
 * @param icon        Bootstrap Icons name, e.g. {@code journal-bookmark}
 * @param titleKey    message key of the service's name
 * @param summaryKey  message key of one sentence saying what the visitor finds there
 * @param href        the public path
 * @param figure      a short live figure under the summary (e.g. 收录法规58件), or null for none
 */
public record PublicPortalEntry(int order, String icon, String titleKey, String summaryKey, String href, Supplier<String> figure) {

    public String figureText() {
        return figure == null ? null : figure.get();
    }
}
