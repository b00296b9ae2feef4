// write_pdf: fonts first (every glyph the pages use, subset per face), then each page's
// content stream and resources, then the document information.
#include <podofo/podofo.h>

#include <cstdio>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>

#include "base/c_time_buffer.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/deflate.hpp"
#include "pdf/font_objects.hpp"
#include "pdf/pdf.hpp"
#include "pdf/shared_fonts.hpp"
#include "text/text.hpp"

namespace filinggen::pdf {
namespace {

using namespace PoDoFo;

// Text for the document information and the outline. PoDoFo's UTF-8 conversion writes
// past its buffer on malformed input, so the text is handed over as UTF-16BE, made valid
// first (a stray byte becomes U+FFFD).
PdfString utf8(const std::string& text) {
  const std::string utf16 = text::to_utf16be(text);
  return PdfString(reinterpret_cast<const pdf_utf16be*>(utf16.data()), static_cast<pdf_long>(utf16.size() / 2));
}

// PDF date string written by hand: PoDoFo's PdfDate formats in the local zone.
std::string pdf_date(const CivilDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d000000Z", d.year, d.month, d.day);
  return buf;
}

// Face index -> the glyphs drawn from it, in the order faces first appear.
std::map<int, FaceUse> glyphs_used(const layout::PagedDocument& document) {
  std::map<int, FaceUse> used;
  for (const auto& page : document.pages)
    for (const auto& run : page.runs) {
      if (run.glyphs.empty()) continue;
      auto& text_of = used[run.face].text_of;  // once per run: a run is one face
      for (const auto& g : run.glyphs) {
        auto [entry, added] = text_of.try_emplace(g.id, g.text);
        if (!added && entry->second.empty()) entry->second = g.text;
      }
    }
  return used;
}

// Each face's fonts: its glyphs that the shared subset of the kind has, with the same
// text, are drawn from that subset (copied as it is); the rest from a subset of their own.
std::optional<std::map<int, FaceFonts>> embed_fonts(PdfMemDocument& doc, const layout::PagedDocument& document,
                                                    const font::FontSet& fonts, const SharedFonts* shared,
                                                    Diagnostics& diagnostics) {
  std::map<int, FaceFonts> embedded;
  int number = 0;
  auto named = [&number](EmbeddedFont font) {
    font.resource_name = std::string("F").append(std::to_string(++number));
    return font;
  };
  for (const auto& [face, use] : glyphs_used(document)) {
    const PreparedFont* base = shared ? shared->of(face) : nullptr;
    const SplitUse split = split_use(use, base);
    std::vector<EmbeddedFont> drawn;
    if (!split.own.text_of.empty()) {
      std::string error;
      auto own = prepare_font(fonts.face(face), split.own, kDeflateLevel, error);
      if (!own) {
        diagnostics.error("pdf.font", {fonts.face(face).path(), 0, 0}, "", error);
        return std::nullopt;
      }
      drawn.push_back(named(embed_prepared(doc, fonts.face(face), *own)));
    }
    if (split.any_shared) drawn.push_back(named(embed_prepared(doc, fonts.face(face), *base)));
    embedded.emplace(face, face_fonts(std::move(drawn), &use));
  }
  return embedded;
}

// The page's /Resources /Font names only the fonts of the faces its runs use.
void add_page(PdfMemDocument& doc, const layout::Page& page, const std::map<int, FaceFonts>& fonts) {
  PdfPage* pdf_page = doc.CreatePage(PdfRect(0, 0, page.width, page.height));
  PdfDictionary font_resources;
  for (const auto& run : page.runs) {
    if (run.glyphs.empty()) continue;
    for (const EmbeddedFont& font : fonts.at(run.face).fonts) font_resources.AddKey(PdfName(font.resource_name), font.ref);
  }
  PdfObject* resources = pdf_page->GetResources();
  if (resources && !font_resources.GetKeys().empty())
    resources->GetDictionary().AddKey(PdfName("Font"), font_resources);
  thread_local std::string content;  // reused: a worker's pages are written one at a time
  content.clear();
  append_page_content(page, fonts, content);
  set_deflated_stream(pdf_page->GetContentsForAppending(), content);
}

// Bookmarks: the document's title as the top entry; an entry of level n goes under the
// last entry of a lower level before it (level 1 under the title, level 2 under the
// level 1 before it, and so on: a bound volume nests each document's own entries under
// the document's entry). Each opens its page at the element's top.
void add_outline(PdfMemDocument& doc, const layout::PagedDocument& document) {
  if (document.outline.empty() || document.pages.empty()) return;
  PdfOutlineItem* root = doc.GetOutlines()->CreateRoot(utf8(document.title));
  root->SetDestination(PdfDestination(doc.GetPage(0), ePdfDestinationFit_Fit));
  std::map<int, PdfOutlineItem*> last_at_level;      // level -> the last entry made at it
  std::map<PdfOutlineItem*, PdfOutlineItem*> last_child;  // parent -> its last child
  for (const auto& entry : document.outline) {
    PdfPage* page = doc.GetPage(static_cast<int>(entry.page));
    const PdfDestination to(page, 0, document.pages[entry.page].height - entry.y, 0);
    auto above = last_at_level.lower_bound(entry.level);  // the first level not above this one
    PdfOutlineItem* parent = above == last_at_level.begin() ? root : std::prev(above)->second;
    PdfOutlineItem*& previous = last_child[parent];
    previous = previous ? previous->CreateNext(utf8(entry.title), to) : parent->CreateChild(utf8(entry.title), to);
    // This entry closes every deeper one: what follows at a deeper level goes under it.
    last_at_level.erase(above, last_at_level.end());
    last_at_level[entry.level] = previous;
  }
  // The top entry opens showing the entries right under it (a pack's documents, a
  // document's sections); deeper ones stay closed. PoDoFo writes no /Count, which
  // viewers read as all closed: a reader would see one line, the title.
  pdf_int64 children = 0;
  for (PdfOutlineItem* item = root->First(); item; item = item->Next()) ++children;
  if (children > 0) {
    root->GetObject()->GetDictionary().AddKey(PdfName("Count"), PdfVariant(children));
    doc.GetOutlines()->GetObject()->GetDictionary().AddKey(PdfName("Count"), PdfVariant(children + 1));
  }
  doc.SetPageMode(ePdfPageModeUseBookmarks);
}

void set_info(PdfMemDocument& doc, const layout::PagedDocument& document, const PdfOptions& options) {
  PdfInfo* info = doc.GetInfo();
  info->SetTitle(utf8(document.title));
  if (!document.author.empty()) info->SetAuthor(utf8(document.author));
  if (!document.subject.empty()) info->SetSubject(utf8(document.subject));
  if (!document.keywords.empty()) info->SetKeywords(utf8(document.keywords));
  info->SetCreator(utf8(options.creator));
  info->SetProducer(utf8(options.creator));
  const PdfString date(pdf_date(options.creation_date));
  info->SetCustomKey(PdfName("CreationDate"), date);
  info->SetCustomKey(PdfName("ModDate"), date);
  doc.GetCatalog()->GetDictionary().AddKey(PdfName("Lang"), PdfString(document.language));
  // Viewers show the title rather than the file name.
  PdfDictionary prefs;
  prefs.AddKey(PdfName("DisplayDocTitle"), PdfVariant(true));
  doc.GetCatalog()->GetDictionary().AddKey(PdfName("ViewerPreferences"), prefs);
}

// PoDoFo 0.9.8 stamps a new document with the current time through localtime(), whose
// result lives in one buffer shared by the whole process; documents made on several
// threads at once would race on it. The stamp is replaced in set_info(), so only its
// making is serialised: the rest of a document is its own.
std::unique_ptr<PdfMemDocument> new_document() {
  std::lock_guard lock(c_time_buffer());  // the buffer gmtime() shares too (libxlsxwriter)
  return std::make_unique<PdfMemDocument>();
}

}  // namespace

std::optional<std::string> write_pdf(const layout::PagedDocument& document, const font::FontSet& fonts,
                                     const PdfOptions& options, Diagnostics& diagnostics, const SharedFonts* shared) {
  try {
    const std::unique_ptr<PdfMemDocument> owned = new_document();
    PdfMemDocument& doc = *owned;
    auto embedded = embed_fonts(doc, document, fonts, shared, diagnostics);
    if (!embedded) return std::nullopt;
    for (const auto& page : document.pages) add_page(doc, page, *embedded);
    add_outline(doc, document);
    set_info(doc, document, options);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
  } catch (const PdfError& e) {
    diagnostics.error("pdf.write", {}, "", std::string("無法產生 PDF（PoDoFo：") + PdfError::ErrorMessage(e.GetError()) + "）。");
  } catch (const std::exception& e) {
    diagnostics.error("pdf.write", {}, "", std::string("無法產生 PDF：") + e.what());
  }
  return std::nullopt;
}

}  // namespace filinggen::pdf
