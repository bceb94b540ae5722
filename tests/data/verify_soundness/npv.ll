;; pair: null_pointer_is_valid via an attribute group: a load at null is defined, target returns poison
;; expect: wrong
;; source
define i32 @f() #0 {
  %v = load i32, ptr null
  ret i32 %v
}
attributes #0 = { null_pointer_is_valid }
;; target
define i32 @f() #0 {
  ret i32 poison
}
attributes #0 = { null_pointer_is_valid }

;; pair: null_pointer_is_valid via an attribute group: compare of a loaded-through parameter with null not folded
;; expect: wrong
;; source
define i1 @f(ptr %p) #0 {
  %v = load i8, ptr %p
  %c = icmp eq ptr %p, null
  ret i1 %c
}
attributes #0 = { nounwind null_pointer_is_valid }
;; target
define i1 @f(ptr %p) #0 {
  %v = load i8, ptr %p
  ret i1 false
}
attributes #0 = { nounwind null_pointer_is_valid }

;; pair: "null-pointer-is-valid"="true" string attribute has no meaning in LLVM 19 (opt treats the load as UB)
;; expect: right
;; source
define i32 @f() "null-pointer-is-valid"="true" {
  %v = load i32, ptr null
  ret i32 %v
}
;; target
define i32 @f() "null-pointer-is-valid"="true" {
  ret i32 poison
}

;; pair: null_pointer_is_valid only on the source: a store at null then unreachable in the target
;; expect: wrong
;; source
define void @f() null_pointer_is_valid {
  store i8 0, ptr null
  ret void
}
;; target
define void @f() {
  unreachable
}

;; pair: null_pointer_is_valid only on the target: source store at null is UB
;; expect: right
;; source
define void @f() {
  store i8 0, ptr null
  ret void
}
;; target
define void @f() null_pointer_is_valid {
  store i8 0, ptr null
  ret void
}
