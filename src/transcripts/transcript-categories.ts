/** How a transcript names its categories to people; a category not listed shows as its code. */
const CATEGORY_NAMES: Record<string, string> = {
  FACULTY_SEMINAR: 'Faculty seminars',
  COMMUNITY_OF_PRACTICE: 'Communities of practice',
  RETREAT: 'Retreats',
  REFLECTIVE_PRACTICE: 'Reflective practice',
  REFLECTIVE_SUPERVISION: 'Reflective supervision',
  CIRCLE_OF_SECURITY: 'Circle of Security groups',
  OTHER: 'Other sessions',
  PRACTICUM: 'Practicum (approved entries)',
  JOURNALS: 'Reflective journals (expected time, an estimate)',
};

export function categoryName(category: string): string {
  return CATEGORY_NAMES[category] ?? category;
}
