pack tutorial-language "0.1.0" { description: "Tutorial pack: the languages in which the provider serves customers" }

# Languages a contract may name, and the word "language" itself, so that "in the languages
# listed in Schedule 3" counts too.
vocab service_language = "English" | "Spanish" | "French" | "German" | "Italian" | "Portuguese"
  | "Dutch" | "Welsh" | "Polish" | "Arabic" | "Mandarin" | "Cantonese" | "Japanese" | "Korean"
  | "Hindi" | "Tagalog" | "Vietnamese" | "bilingual" | "multilingual" | "language"

# The work of handling a customer contact.
vocab contact_work = "handle" | "answer" | "respond" | "serve" | "support" | "assist"
  | "interaction" | "contact" | "call" | "chat" | "email" | "enquiry" | "inquiry" | "customer"

rule LANG-001 "The provider handles customer contacts in stated languages" {
  area: service-scope
  severity: medium
  source: "Tutorial rule (docs/rule-language.md): customers are served in the languages the contract lists"
  # The provider must be obliged to do contact work, and a language must stand close to that
  # work, in one sentence. A permission ("may"), another party's duty, a negated duty and staff
  # fluency ("agents fluent in English") do not count.
  require: sentence obliges provider to contact_work and mentions service_language near contact_work within 6 words
  message: "No promise was found on the languages in which the provider handles customer contacts."
  fix: """The Supplier shall handle all Interactions, in every channel, in English and Spanish, and shall
staff each language throughout the Service Hours."""
  tags: language, service-scope
}
