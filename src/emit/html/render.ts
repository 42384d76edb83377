import { readFileSync, readdirSync } from 'node:fs';
import Handlebars from 'handlebars';

/** The package's templates/ folder, next to src/ and build/. */
export const templatesDirectory = new URL('../../../templates/', import.meta.url);

type Template = (context: object) => string;

let environment: { render: (name: string, view: object) => string } | undefined;

/**
 * Handlebars with the package's templates and partials, compiled once. Handlebars escapes every `{{value}}`,
 * so source text can never become markup.
 */
function templates(): { render: (name: string, view: object) => string } {
  if (environment) return environment;
  const handlebars = Handlebars.create();
  const read = (path: string) => readFileSync(new URL(path, templatesDirectory), 'utf8');
  handlebars.registerPartial('styles', read('handbook.css'));
  for (const file of readdirSync(new URL('partials/', templatesDirectory))) {
    handlebars.registerPartial(file.replace(/\.hbs$/, ''), read(`partials/${file}`));
  }
  const compiled = new Map<string, Template>();
  environment = {
    render(name, view) {
      let template = compiled.get(name);
      if (!template) {
        template = handlebars.compile(read(`${name}.hbs`), { noEscape: false });
        compiled.set(name, template);
      }
      return template(view);
    },
  };
  return environment;
}

export function renderTemplate(name: 'training-plan' | 'teaching-plan' | 'extract' | 'index' | 'report' | 'report-section', view: object): string {
  return templates().render(name, view);
}
