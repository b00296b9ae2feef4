#pragma once
// The spelling of each enum in the data file and its name in the documents.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/firm.hpp"

namespace filinggen::model {

template <typename E>
struct EnumName {
  E value;
  std::string_view code;   // as written in the data file
  std::string_view label;  // as printed, Traditional Chinese
};

inline constexpr std::array<EnumName<FirmKind>, 6> kFirmKinds{{
    {FirmKind::securities, "securities", "證券商"},
    {FirmKind::futures, "futures", "期貨業"},
    {FirmKind::securities_finance, "securities_finance", "證券金融事業"},
    {FirmKind::investment_trust, "investment_trust", "證券投資信託事業"},
    {FirmKind::investment_advisory, "investment_advisory", "證券投資顧問事業"},
    {FirmKind::credit_rating, "credit_rating", "信用評等事業"},
}};

inline constexpr std::array<EnumName<Role>, 8> kRoles{{
    {Role::security_officer, "security_officer", "負責資訊安全之最高主管"},
    {Role::chairman, "chairman", "董事長"},
    {Role::general_manager, "general_manager", "總經理"},
    {Role::chief_auditor, "chief_auditor", "稽核主管"},
    {Role::security_head, "security_head", "資訊安全主管"},
    {Role::security_staff, "security_staff", "資訊安全人員"},
    {Role::it_staff, "it_staff", "資訊人員"},
    {Role::employee, "employee", "使用資訊系統之從業人員"},
}};

// The labels read after 兼辦 (兼辦內部稽核職務), as the regulation words them.
inline constexpr std::array<EnumName<DutyKind>, 6> kDutyKinds{{
    {DutyKind::it, "it", "資訊職務"},
    {DutyKind::internal_audit, "internal_audit", "內部稽核職務"},
    {DutyKind::compliance, "compliance", "法令遵循職務"},
    {DutyKind::business, "business", "業務單位職務"},
    {DutyKind::risk, "risk", "風險管理職務"},
    {DutyKind::other, "other", "其他職務"},
}};

inline constexpr std::array<EnumName<SignatoryRole>, 4> kSignatoryRoles{{
    {SignatoryRole::security_officer, "security_officer", "負責資訊安全之最高主管"},
    {SignatoryRole::chairman, "chairman", "董事長"},
    {SignatoryRole::general_manager, "general_manager", "總經理"},
    {SignatoryRole::chief_auditor, "chief_auditor", "稽核主管"},
}};

inline constexpr std::array<EnumName<Application>, 4> kApplications{{
    {Application::add_business_type, "add_business_type", "增加業務種類"},
    {Application::add_business_item, "add_business_item", "增加營業項目"},
    {Application::set_up_branch, "set_up_branch", "設置分支機構"},
    {Application::invest_in_business, "invest_in_business", "轉投資國內外事業"},
}};

inline constexpr std::array<EnumName<Answer>, 3> kAnswers{{
    {Answer::compliant, "compliant", "符合"},
    {Answer::non_compliant, "non_compliant", "不符合"},
    {Answer::not_applicable, "not_applicable", "不適用"},
}};

inline constexpr std::array<EnumName<RevisionKind>, 3> kRevisionKinds{{
    {RevisionKind::amended, "amended", "修正"},
    {RevisionKind::added, "added", "新增"},
    {RevisionKind::deleted, "deleted", "刪除"},
}};

inline constexpr std::array<EnumName<ArticleUnit>, 2> kArticleUnits{{
    {ArticleUnit::point, "point", "點"},
    {ArticleUnit::article, "article", "條"},
}};

template <typename E, std::size_t N>
std::optional<E> enum_from_code(const std::array<EnumName<E>, N>& table, std::string_view code) {
  for (const auto& entry : table)
    if (entry.code == code) return entry.value;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view enum_label(const std::array<EnumName<E>, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.label;
  return {};
}

template <typename E, std::size_t N>
std::string_view enum_code(const std::array<EnumName<E>, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.code;
  return {};
}

template <typename E, std::size_t N>
std::optional<E> enum_from_label(const std::array<EnumName<E>, N>& table, std::string_view label) {
  for (const auto& entry : table)
    if (entry.label == label) return entry.value;
  return std::nullopt;
}

// "securities（證券商）、futures（期貨業）…" for messages that list the allowed values.
template <typename E, std::size_t N>
std::string enum_choices(const std::array<EnumName<E>, N>& table) {
  std::string out;
  for (const auto& entry : table) {
    if (!out.empty()) out += "、";
    out += std::string(entry.code) + "（" + std::string(entry.label) + "）";
  }
  return out;
}

}  // namespace filinggen::model
