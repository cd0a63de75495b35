import { useEffect, type ReactNode } from "react";
import { Link, Route, Routes } from "react-router";
import { BudgetsScreen } from "./screens/BudgetsScreen";
import { CategoriesScreen } from "./screens/CategoriesScreen";
import { DashboardScreen } from "./screens/DashboardScreen";
import { ExpenseFormScreen } from "./screens/ExpenseFormScreen";
import { ExpensesScreen } from "./screens/ExpensesScreen";
import { ImportScreen } from "./screens/ImportScreen";
import { NotificationsScreen } from "./screens/NotificationsScreen";
import { RecurringScreen } from "./screens/RecurringScreen";
import { SettingsScreen } from "./screens/SettingsScreen";

const routes = [
  { path: "/", title: "Dashboard", screen: <DashboardScreen /> },
  { path: "/expenses", title: "Expenses", screen: <ExpensesScreen /> },
  { path: "/expenses/new", title: "Add expense", screen: <ExpenseFormScreen /> },
  { path: "/expenses/:id", title: "Expense", screen: <ExpenseFormScreen /> },
  { path: "/categories", title: "Categories", screen: <CategoriesScreen /> },
  { path: "/budgets", title: "Budgets", screen: <BudgetsScreen /> },
  { path: "/recurring", title: "Recurring", screen: <RecurringScreen /> },
  { path: "/notifications", title: "Notifications", screen: <NotificationsScreen /> },
  { path: "/import", title: "Import and export", screen: <ImportScreen /> },
  { path: "/settings", title: "Settings", screen: <SettingsScreen /> },
];

/** The screen at the address (matched case-sensitively, as the app always did), and its name in the browser's title bar. */
export function AppRoutes() {
  return (
    <Routes>
      {routes.map(({ path, title, screen }) => (
        <Route key={path} path={path} caseSensitive element={<Page title={title}>{screen}</Page>} />
      ))}
      <Route path="*" element={<Page title="Not found"><NotFound /></Page>} />
    </Routes>
  );
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · ExpenseTracker`;
  }, [title]);
  return children;
}

function NotFound() {
  return (
    <div className="state">
      <h1>Page not found</h1>
      <Link to="/">Go to the dashboard</Link>
    </div>
  );
}
