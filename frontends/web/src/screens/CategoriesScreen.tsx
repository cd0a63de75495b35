import { useState, type FormEvent } from "react";
import { createCategory, deleteCategory, updateCategory } from "../api/endpoints";
import { ApiError } from "../api/problem";
import type { Category } from "../api/types";
import { Field } from "../components/Field";
import { Empty, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { usePreferences } from "../lib/Preferences";

const NAME_MAX = 50;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

export function CategoriesScreen() {
  const { categories, reloadCategories } = usePreferences();
  const toast = useToast();
  const [name, setName] = useState("");
  const [color, setColor] = useState("#22C55E");
  const [error, setError] = useState<string>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) return setError(problem);
    try {
      await createCategory(name.trim(), color.toUpperCase());
      setName("");
      setError(undefined);
      reloadCategories();
      toast("Category added.", { kind: "success" });
    } catch (reason) {
      setError(reason instanceof ApiError && reason.fieldErrors.name ? reason.fieldErrors.name.join(" ") : messageOf(reason));
    }
  };

  return (
    <>
      <div className="screen-head">
        <h1>Categories</h1>
      </div>
      <form className="card form inline-form" onSubmit={add} noValidate>
        <Field label="New category" error={error}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={NAME_MAX + 10} autoComplete="off" />
        </Field>
        <Field label="Color">
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </Field>
        <button type="submit" className="button primary">
          Add
        </button>
      </form>
      {categories.length === 0 ? (
        <Empty title="No categories yet." />
      ) : (
        <ul className="card list">
          {categories.map((category) => (
            <CategoryRow key={category.id} category={category} others={categories.filter((c) => c.id !== category.id)} onChanged={reloadCategories} />
          ))}
        </ul>
      )}
    </>
  );
}

function nameProblem(name: string): string | undefined {
  if (!name.trim()) return "The name is required.";
  if (name.trim().length > NAME_MAX) return `At most ${NAME_MAX} characters.`;
  return undefined;
}

function CategoryRow({ category, others, onChanged }: { category: Category; others: Category[]; onChanged(): void }) {
  const toast = useToast();
  const [name, setName] = useState(category.name);
  const [color, setColor] = useState(category.color);
  const [error, setError] = useState<string>();
  const [reassigning, setReassigning] = useState(false);
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const changed = name.trim() !== category.name || color.toUpperCase() !== category.color.toUpperCase();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name) ?? (COLOR.test(color) ? undefined : "A color is written #RRGGBB.");
    if (problem) return setError(problem);
    try {
      await updateCategory(category.id, name.trim(), color.toUpperCase());
      setError(undefined);
      onChanged();
      toast("Category saved.", { kind: "success" });
    } catch (reason) {
      setError(messageOf(reason));
    }
  };

  const remove = async (reassignTo?: string) => {
    if (!reassignTo && !window.confirm(`Delete the category ${category.name}? Its budget goes with it.`)) return;
    try {
      await deleteCategory(category.id, reassignTo);
      onChanged();
      toast("Category deleted.", { kind: "success" });
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409) {
        setReassigning(true);
        setError("Some expenses use this category. Choose where they move, then delete.");
      } else {
        setError(messageOf(reason));
      }
    }
  };

  return (
    <li className="category-row">
      <form onSubmit={save} className="inline-form" noValidate aria-label={`Category ${category.name}`}>
        <label className="visually-hidden" htmlFor={`color-${category.id}`}>
          Color of {category.name}
        </label>
        <input id={`color-${category.id}`} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        <label className="visually-hidden" htmlFor={`name-${category.id}`}>
          Name of {category.name}
        </label>
        <input id={`name-${category.id}`} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} />
        <button type="submit" className="button small" disabled={!changed}>
          Save
        </button>
        <button type="button" className="button small danger" onClick={() => void remove()}>
          Delete
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {reassigning && (
        <div className="inline-form">
          <label>
            Move its expenses to{" "}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button small danger" disabled={!target} onClick={() => void remove(target)}>
            Move and delete
          </button>
        </div>
      )}
    </li>
  );
}
