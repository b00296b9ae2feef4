#include <podofo/podofo.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "pdf/pdf.hpp"

namespace filinggen::pdf {
namespace {

using namespace PoDoFo;

PdfString utf8(const std::string& text) { return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str())); }

// PDF date string written by hand: PoDoFo's PdfDate formats in the local zone.
std::string pdf_date(const CivilDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d000000Z", d.year, d.month, d.day);
  return buf;
}

// Creates each face's subset font the first time a page uses it.
class FontTable {
 public:
  FontTable(PdfMemDocument& doc, const layout::FontSet& fonts) : doc_(doc), fonts_(fonts) {}

  PdfFont* get(int face) {
    auto found = fonts_by_face_.find(face);
    if (found != fonts_by_face_.end()) return found->second;
    const auto& f = fonts_.face(face);
    const std::string name = std::filesystem::path(f.path()).stem().string();
    PdfFont* font = doc_.CreateFontSubset(name.c_str(), false, false, false,
                                          new PdfIdentityEncoding(0, 0xffff, true), f.path().c_str());
    if (!font) throw std::runtime_error("cannot embed font " + f.path());
    fonts_by_face_[face] = font;
    return font;
  }

 private:
  PdfMemDocument& doc_;
  const layout::FontSet& fonts_;
  std::map<int, PdfFont*> fonts_by_face_;
};

void draw_page(const layout::Page& page, PdfPage* pdf_page, FontTable& fonts) {
  PdfPainter painter;
  painter.SetPage(pdf_page);
  painter.SetColor(0, 0, 0);
  painter.SetStrokingColor(0, 0, 0);
  for (const auto& rule : page.rules) {
    painter.SetStrokeWidth(rule.width);
    painter.DrawLine(rule.x1, page.height - rule.y1, rule.x2, page.height - rule.y2);
  }
  for (const auto& run : page.runs) {
    PdfFont* font = fonts.get(run.face);
    font->SetFontSize(static_cast<float>(run.size));
    painter.SetFont(font);
    painter.DrawText(run.x, page.height - run.y, utf8(run.text));
  }
  painter.FinishPage();
}

void set_info(PdfMemDocument& doc, const layout::PagedDocument& document, const PdfOptions& options) {
  PdfInfo* info = doc.GetInfo();
  info->SetTitle(utf8(document.title));
  if (!document.author.empty()) info->SetAuthor(utf8(document.author));
  if (!document.subject.empty()) info->SetSubject(utf8(document.subject));
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

}  // namespace

std::optional<std::string> write_pdf(const layout::PagedDocument& document, const layout::FontSet& fonts,
                                     const PdfOptions& options, Diagnostics& diagnostics) {
  try {
    PdfMemDocument doc;
    FontTable font_table(doc, fonts);
    for (const auto& page : document.pages) {
      PdfPage* pdf_page = doc.CreatePage(PdfRect(0, 0, page.width, page.height));
      draw_page(page, pdf_page, font_table);
    }
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
