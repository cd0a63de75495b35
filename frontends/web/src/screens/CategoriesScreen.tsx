import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createCategory, deleteCategory, updateCategory } from "../api/endpoints";
import { ApiError } from "../api/problem";
import { categoriesChanged } from "../api/queries";
import type { Category } from "../api/types";
import { Field } from "../components/Field";
import { Empty, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { usePreferences } from "../lib/Preferences";

const NAME_MAX = 50;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

export function CategoriesScreen() {
  const { categories } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [color, setColor] = useState("#22C55E");
  const [error, setError] = useState<string>();

  const create = useMutation({
    mutationFn: () => createCategory(name.trim(), color.toUpperCase()),
    onSuccess: () => {
      setName("");
      setError(undefined);
      toast("Category added.", { kind: "success" });
      return categoriesChanged(queryClient);
    },
    onError: (reason) => setError(reason instanceof ApiError && reason.fieldErrors.name ? reason.fieldErrors.name.join(" ") : messageOf(reason)),
  });

  const add = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) setError(problem);
    else create.mutate();
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
            <CategoryRow key={category.id} category={category} others={categories.filter((c) => c.id !== category.id)} />
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

function CategoryRow({ category, others }: { category: Category; others: Category[] }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState(category.name);
  const [color, setColor] = useState(category.color);
  const [error, setError] = useState<string>();
  const [reassigning, setReassigning] = useState(false);
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const changed = name.trim() !== category.name || color.toUpperCase() !== category.color.toUpperCase();

  const update = useMutation({
    mutationFn: () => updateCategory(category.id, name.trim(), color.toUpperCase()),
    onSuccess: () => {
      setError(undefined);
      toast("Category saved.", { kind: "success" });
      return categoriesChanged(queryClient);
    },
    onError: (reason) => setError(messageOf(reason)),
  });

  const remove = useMutation({
    mutationFn: (reassignTo?: string) => deleteCategory(category.id, reassignTo),
    onSuccess: () => {
      toast("Category deleted.", { kind: "success" });
      return categoriesChanged(queryClient);
    },
    onError: (reason) => {
      if (reason instanceof ApiError && reason.status === 409) {
        setReassigning(true);
        setError("Some expenses use this category. Choose where they move, then delete.");
      } else {
        setError(messageOf(reason));
      }
    },
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name) ?? (COLOR.test(color) ? undefined : "A color is written #RRGGBB.");
    if (problem) setError(problem);
    else update.mutate();
  };

  const confirmRemove = () => {
    if (window.confirm(`Delete the category ${category.name}? Its budget goes with it.`)) remove.mutate(undefined);
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
        <button type="button" className="button small danger" onClick={confirmRemove}>
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
          <button type="button" className="button small danger" disabled={!target} onClick={() => remove.mutate(target)}>
            Move and delete
          </button>
        </div>
      )}
    </li>
  );
}
