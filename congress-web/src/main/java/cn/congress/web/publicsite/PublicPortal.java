package cn.congress.web.publicsite;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The public portal's services in portal order: the portal's page lists them and its layout
 * ({@code public-layout.html}, as {@code @publicPortal}) puts them in the header of every public page.
 */
@Component("publicPortal")
public class PublicPortal {

    private final List<PublicPortalEntry> entries;

    PublicPortal(List<PublicPortalEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(PublicPortalEntry::order)).toList();
    }

    public List<PublicPortalEntry> entries() {
        return entries;
    }
}
