; global aliases and thread_local globals in functions that differ.

;; pair: a load through an alias of a constant global folded to the wrong constant
;; expect: wrong
;; source
@g1 = internal constant i32 1
@a = internal alias i32, ptr @g1
define i32 @f() {
  %v = load i32, ptr @a
  ret i32 %v
}
;; target
@g1 = internal constant i32 1
@a = internal alias i32, ptr @g1
define i32 @f() {
  ret i32 2
}

;; pair: a store through an alias of a global and a load of the global: they are the same object
;; expect: wrong
;; source
@g = global i32 0
@a = alias i32, ptr @g
define i32 @f() {
  store i32 1, ptr @a
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global i32 0
@a = alias i32, ptr @g
define i32 @f() {
  store i32 1, ptr @a
  %v = load i32, ptr @g
  ret i32 0
}

;; pair: an alias and its aliasee compare equal, target folds to false
;; expect: wrong
;; source
@g = global i32 0
@a = alias i32, ptr @g
define i1 @f() {
  %c = icmp eq ptr @a, @g
  ret i1 %c
}
;; target
@g = global i32 0
@a = alias i32, ptr @g
define i1 @f() {
  ret i1 false
}

;; pair: a thread_local global read, target folds a second read after an unrelated store
;; expect: wrong
;; source
@t = thread_local global i32 0
define i32 @f(ptr %p) {
  store i32 1, ptr @t
  %v = load i32, ptr @t
  ret i32 %v
}
;; target
@t = thread_local global i32 0
define i32 @f(ptr %p) {
  store i32 1, ptr @t
  ret i32 2
}

;; pair: a thread_local constant global folded to its initializer
;; expect: right
;; source
@t = internal thread_local constant i32 5
define i32 @f() {
  %v = load i32, ptr @t
  ret i32 %v
}
;; target
@t = internal thread_local constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: a thread_local constant global folded to a wrong value
;; expect: wrong
;; source
@t = internal thread_local constant i32 5
define i32 @f() {
  %v = load i32, ptr @t
  ret i32 %v
}
;; target
@t = internal thread_local constant i32 5
define i32 @f() {
  ret i32 6
}

;; pair: a store to a global in a non-default address space global then load
;; expect: wrong
;; source
@g = addrspace(1) global i32 0
define i32 @f() {
  store i32 1, ptr addrspace(1) @g
  %v = load i32, ptr addrspace(1) @g
  ret i32 %v
}
;; target
@g = addrspace(1) global i32 0
define i32 @f() {
  store i32 1, ptr addrspace(1) @g
  ret i32 2
}

;; pair: a global with a section and comdat, load folded to its initializer
;; expect: right
;; source
$c = comdat any
@g = constant i32 4, section "foo", comdat($c)
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
$c = comdat any
@g = constant i32 4, section "foo", comdat($c)
define i32 @f() {
  ret i32 4
}

;; pair: a global with a section and comdat, load folded to a wrong value
;; expect: wrong
;; source
$c = comdat any
@g = constant i32 4, section "foo", comdat($c)
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
$c = comdat any
@g = constant i32 4, section "foo", comdat($c)
define i32 @f() {
  ret i32 5
}
